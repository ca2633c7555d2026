import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { SeatsResponse } from '../../../../lib/api/schemas';
import { csvCell, csvFileName, csvText, holdersCsv } from '../../../../lib/extension/popup/csv';
import { evaluate } from '../../../../lib/rules';
import { am, amSnapshot, NOW, qics, qicsSnapshot } from '../../rules/fixtures';

describe('csvCell: RFC 4180 fields that spreadsheets keep as text', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['Ärende', 'Ärende'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    // Formula injection (OWASP): a leading = + - @ tab or CR makes the cell a formula.
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+31 20 123', "'+31 20 123"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tindent', "'\tindent"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['=1,2', `"'=1,2"`],
    ['a=b', 'a=b'],
    ["'quoted", "'quoted"],
  ])('%j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('joins records with CRLF, each one ended', () => {
    expect(
      csvText([
        ['a', 'b,c'],
        ['d"', '=e'],
      ]),
    ).toBe('a,"b,c"\r\n"d""",\'=e\r\n');
  });
});

describe('holdersCsv', () => {
  const facts = (policy: unknown, snapshot: unknown) => z.parse(SeatsResponse, { policy, snapshot });
  const HEADER = 'pool,pool_label,kind,holder,id,reason,name,email,last_active_at,billing,why';
  /** The data rows: comment lines and the header left out. */
  const rowsOf = (text: string) =>
    text.split('\r\n').filter((line) => line !== '' && !line.startsWith('#') && line !== HEADER);

  it('has a header and a row per seat, per pool in policy order; bought seats nobody uses in a comment', () => {
    const lines = holdersCsv(facts(am(), amSnapshot()), 'en').split('\r\n');
    expect(lines[0]).toBe('# Ärende: 2 purchased seats billed but not in use, so without a row.');
    expect(lines[1]).toBe(HEADER);
    expect(lines.filter((l) => l.startsWith('case,'))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('document,'))).toHaveLength(6);
    expect(lines[2]).toBe('case,Ärende,module,user,f0,module,,,,billed,Profile full grants the case module');
  });

  it('states a vendor count in a comment line, the rows still from the lists', () => {
    const text = holdersCsv(facts(qics(), { ...qicsSnapshot(2), counts: { users: 25 } }), 'en');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('# Users: the vendor counts 25 seats; the rows below come from the lists only.');
    expect(lines.slice(1, 4)).toEqual([
      HEADER,
      'users,Users,logins,user,u0,login,,,,included,Can log in; no employee linked',
      'users,Users,logins,user,u1,login,,,,billed,Can log in; no employee linked',
    ]);
  });

  it('keeps a hostile label in its cell, and a comment on one line', () => {
    const policy = qics();
    const pool = policy.pools[0];
    if (pool) pool.label = '=cmd|"/c calc"!A1,\nx';
    const text = holdersCsv(facts(policy, { ...qicsSnapshot(1), counts: { users: 1 } }), 'en');
    const [comment, , row] = text.split('\r\n');
    expect(comment).toBe(
      '# =cmd|"/c calc"!A1, x: the vendor counts 1 seat; the rows below come from the lists only.',
    );
    expect(row).toBe(
      `users,"'=cmd|""/c calc""!A1,\nx",logins,user,u0,login,,,,included,Can log in; no employee linked`,
    );
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'name, e-mail and last activity',
      { name: 'Eva Meijer', email: 'eva@jansen.example', lastActiveAt: '2026-11-20T08:15:00Z' },
      'Eva Meijer,eva@jansen.example,2026-11-20T08:15:00Z',
    ],
    ['an e-mail alone', { email: 'daan@jansen.example' }, ',daan@jansen.example,'],
    ['nulls as empty cells', { name: null, email: null, lastActiveAt: null }, ',,'],
    ['a comma in a name', { name: 'Meijer, Eva' }, '"Meijer, Eva",,'],
    [
      'a name or e-mail a spreadsheet would run, kept as text',
      { name: '=HYPERLINK("http://x","y")', email: '@cmd' },
      `"'=HYPERLINK(""http://x"",""y"")",'@cmd,`,
    ],
  ])('adds %s in the name, e-mail and last activity columns', (_name, display, cells) => {
    const text = holdersCsv(facts(qics(), { users: [{ id: 'u0', ...display }] }), 'en');
    expect(rowsOf(text)).toEqual([
      `users,Users,logins,user,u0,login,${cells},included,Can log in; no employee linked`,
    ]);
  });

  it('gives a team its name and no e-mail, and leaves out users who are not billed (v1.1 2)', () => {
    const pool = (id: string, kind: 'teams' | 'active-members') => ({
      id,
      counts: { kind },
      enforce: 'none',
      billing: 'usage',
    });
    const policy = { ...qics(), pools: [pool('teams', 'teams'), pool('members', 'active-members')] };
    const snapshot = {
      teams: [{ id: 't1', name: 'Vertrieb' }, { id: 't2' }, { id: 't3', name: 'Alt', archived: true }],
      users: [
        // A team listed twice, as vendor JSON may: named once.
        { id: 'm1', name: 'Jonas Weber', teams: ['t1', 't2', 't3', 't1'] },
        { id: 'staff', name: 'Vendor Staff', teams: ['t1'], billable: false },
      ],
    };
    expect(rowsOf(holdersCsv(facts(policy, snapshot), 'en'))).toEqual([
      'teams,teams,teams,team,t1,active-team-unit,Vertrieb,,,billed,Active team (not archived)',
      'teams,teams,teams,team,t2,active-team-unit,,,,billed,Active team (not archived)',
      'members,members,active-members,user,m1,active-team,Jonas Weber,,,billed,"Member of active team Vertrieb, t2"',
    ]);
  });

  it('says which seats are included, billed and over the limit, so the rows add up to the panel’s Billed', () => {
    const policy = qics();
    const snapshot = { ...qicsSnapshot(27, 2), employees: [{ id: 'e0' }, { id: 'e1' }] };
    const rows = rowsOf(holdersCsv(facts(policy, snapshot), 'en')).map((row) => row.split(','));
    const billing = rows.map((row) => row[9]);
    expect(billing.filter((b) => b === 'included')).toHaveLength(1);
    expect(billing.filter((b) => b === 'billed')).toHaveLength(24);
    expect(billing.filter((b) => b === 'over-limit')).toHaveLength(2);
    const [pool] = evaluate(policy, snapshot, { now: NOW }).pools;
    expect(billing.filter((b) => b === 'billed')).toHaveLength(pool?.billed ?? -1);
    expect(rows[0]?.[10]).toBe('Can log in; linked to employee e0');
  });

  it('says why for a role', () => {
    const policy = {
      ...qics(),
      pools: [
        {
          id: 'admins',
          counts: { kind: 'role', role: 'admin' },
          included: 2,
          enforce: 'purchase',
          billing: 'purchased',
        },
      ],
    };
    const text = holdersCsv(facts(policy, { users: [{ id: 'a1', roles: ['admin', 'viewer'] }] }), 'nl');
    expect(rowsOf(text)).toEqual(['admins,admins,role,user,a1,role,,,,included,Heeft de rol admin']);
  });

  it('writes the comment in the popup’s language', () => {
    const text = holdersCsv(facts(qics(), { counts: { users: 3 } }), 'nl');
    expect(text.split('\r\n')[0]).toBe(
      '# Users: de leverancier telt 3 licenties; de regels hieronder komen alleen uit de lijsten.',
    );
    const unused = holdersCsv(facts(am(), amSnapshot()), 'nl').split('\r\n')[0];
    expect(unused).toBe(
      '# Ärende: 2 gekochte licenties worden gefactureerd maar niet gebruikt, dus zonder regel.',
    );
  });
});

describe('csvFileName', () => {
  it.each([
    ['qics-demo', new Date(2026, 10, 22, 23, 59), 'seats-qics-demo-2026-11-22.csv'],
    ['am-demo', new Date(2027, 0, 5, 0, 1), 'seats-am-demo-2027-01-05.csv'],
  ])('%s on %s → %s (the local calendar day)', (tenant, now, expected) => {
    expect(csvFileName(tenant, now)).toBe(expected);
  });
});
