import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuardStopDialog } from '../../components/GuardStopDialog';
import { LANGS, t } from '../../lib/i18n';
import { all, flush, mount, one, text, unmountAll } from './mount';

afterEach(unmountAll);

function setup(lang: (typeof LANGS)[number] = 'en') {
  const onClose = vi.fn();
  const root = mount(<GuardStopDialog lang={lang} onClose={onClose} />);
  return { dialog: one(root, 'dialog') as HTMLDialogElement, onClose };
}

describe('GuardStopDialog', () => {
  it('says the form was held back and offers only the way back, focused', () => {
    const { dialog, onClose } = setup();
    expect(dialog.open).toBe(true);
    expect(text(one(dialog, 'h2'))).toBe('Seat check unavailable');
    expect(text(dialog)).toContain('so it was not submitted');
    expect(all(dialog, 'button').map((b) => text(b))).toEqual(['Back to the form']);
    expect(document.activeElement).toBe(one(dialog, 'button'));
    flush(() => one(dialog, 'button').click());
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('Escape closes it', () => {
    const { dialog, onClose } = setup();
    flush(() => dialog.dispatchEvent(new Event('cancel', { cancelable: true })));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it.each(LANGS)('speaks %s', (lang) => {
    const { dialog } = setup(lang);
    expect(text(one(dialog, 'h2'))).toBe(t('dialog.stop-title', {}, lang));
    expect(text(one(dialog, 'button'))).toBe(t('dialog.back', {}, lang));
  });
});
