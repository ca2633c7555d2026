import { afterEach, describe, expect, it } from 'vitest';
import { PoolMeter } from '../../components/PoolMeter';
import { formatMoney, LANGS, t } from '../../lib/i18n';
import { evaluate } from '../../lib/rules';
import { poolSummaryText } from '../../lib/view/text';
import { echoSnapshot, echoTeams, NOW, qics, qicsReport, USERS_AT } from '../lib/view/fixtures';
import { all, mount, one, text, unmountAll } from './mount';

afterEach(unmountAll);

function pool(users: number, label?: string) {
  const found = qicsReport(users, qics(label === undefined ? {} : { label })).pools[0];
  if (!found) throw new Error('no pool');
  return found;
}

describe('PoolMeter', () => {
  it.each([
    ['ok', USERS_AT.ok, 'OK', 25],
    ['near', USERS_AT.near, 'Near the limit', 25],
    ['full', USERS_AT.full, 'Full', 25],
    ['over', USERS_AT.over, 'Over the limit', 31],
  ] as const)('%s: the level word and the aria values', (level, users, word, max) => {
    const p = pool(users);
    const root = mount(<PoolMeter pool={p} lang="en" />);
    const meter = one(root, '[role="meter"]');
    expect(p.level).toBe(level);
    expect(text(one(root, '.sg-level'))).toBe(word);
    expect(one(root, '.sg-pool').classList).toContain(`sg--${level}`);
    expect(meter.getAttribute('aria-valuenow')).toBe(String(users));
    expect(meter.getAttribute('aria-valuemin')).toBe('0');
    expect(meter.getAttribute('aria-valuemax')).toBe(String(max));
    expect(meter.getAttribute('aria-valuetext')).toBe(poolSummaryText(p, 'en'));
    expect(meter.getAttribute('aria-valuetext')).toContain(word);
    expect(meter.getAttribute('part')).toBe('meter');
  });

  const price = { amount: 1500, currency: 'EUR', per: 'month' } as const;

  it('shows used of limit, included and purchased, billed at its seat price, and the headroom', () => {
    const root = mount(<PoolMeter pool={pool(USERS_AT.near)} lang="en" price={price} />);
    expect(text(one(root, '.sg-pool-usage'))).toBe('20 of 25 users (1 included + 24 purchased)');
    expect(text(one(root, '.sg-pool-details'))).toBe(
      `Billed: 24 seats × ${formatMoney(1500, 'EUR', 'en')} = ${formatMoney(36000, 'EUR', 'en')} per month · Room for 5 more seats`,
    );
  });

  it('speaks the host vendor’s word for a seat', () => {
    const voice = { seat: { one: 'gebruiker', other: 'gebruikers' } };
    const root = mount(<PoolMeter pool={pool(USERS_AT.near)} lang="nl" price={price} voice={voice} />);
    expect(text(one(root, '.sg-pool-details')).replace(/\s/g, ' ')).toBe(
      'Gefactureerd: 24 gebruikers × € 15,00 = € 360,00 per maand · Ruimte voor nog 5 gebruikers',
    );
  });

  it('over the limit says by how much', () => {
    const root = mount(<PoolMeter pool={pool(USERS_AT.over)} lang="en" />);
    expect(text(one(root, '.sg-pool-details'))).toContain('6 seats over the limit');
    expect(one(root, '.sg-meter-fill').style.width).toBe('100%');
  });

  it('a pool without a limit has no meter and says so', () => {
    const teams = evaluate(echoTeams(), echoSnapshot, { now: NOW }).pools[0];
    if (!teams) throw new Error('no pool');
    const root = mount(<PoolMeter pool={teams} lang="en" price={{ ...price, amount: 900 }} />);
    expect(all(root, '[role="meter"]')).toHaveLength(0);
    expect(text(one(root, '.sg-pool-usage'))).toBe('Number of teams: 4, no limit');
    expect(text(one(root, '.sg-pool-details'))).toBe(
      `Billed: 4 seats × ${formatMoney(900, 'EUR', 'en')} = ${formatMoney(3600, 'EUR', 'en')} per month`,
    );
  });

  it('compact leaves out the billing line', () => {
    const root = mount(<PoolMeter pool={pool(USERS_AT.ok)} lang="en" compact />);
    expect(all(root, '.sg-pool-details')).toHaveLength(0);
    expect(all(root, '[role="meter"]')).toHaveLength(1);
  });

  it.each(LANGS)('speaks %s', (lang) => {
    const root = mount(<PoolMeter pool={pool(USERS_AT.full)} lang={lang} />);
    expect(text(one(root, '.sg-level'))).toBe(t('level.full', {}, lang));
    expect(root.textContent).not.toMatch(/\{[^{}\s]+\}/);
  });

  it('renders a hostile label as text', () => {
    const label = '<img src=x onerror=alert(1)>';
    const root = mount(<PoolMeter pool={pool(USERS_AT.ok, label)} lang="en" />);
    expect(root.querySelector('img')).toBeNull();
    expect(text(one(root, '.sg-pool-label'))).toBe(label);
    expect(one(root, '[role="meter"]').getAttribute('aria-label')).toBe(label);
  });
});
