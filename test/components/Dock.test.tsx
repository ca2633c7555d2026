import { createRef } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dock, type DockProps } from '../../components/Dock';
import { t } from '../../lib/i18n';
import { DOCK_SPOTS } from '../../lib/view/dock';
import { all, flush, mount, one, unmountAll } from './mount';

afterEach(unmountAll);

function setup(props: Partial<DockProps> = {}) {
  const onClose = vi.fn();
  const launcherRef = createRef<HTMLButtonElement>();
  const root = mount(
    <Dock
      spot="bottom-end"
      open={false}
      lang="en"
      sheetId="sheet"
      label="Seats – Bureau Jansen"
      onClose={onClose}
      launcher={
        <button type="button" class="sg-launcher" ref={launcherRef}>
          launcher
        </button>
      }
      launcherRef={launcherRef}
      {...props}
    >
      <section class="sg-panel">
        <button type="button" class="inside">
          Refresh
        </button>
      </section>
    </Dock>,
  );
  return { root, onClose, launcherRef, sheet: one(root, '#sheet') };
}

describe('Dock', () => {
  it.each(DOCK_SPOTS)('takes the %s corner', (spot) => {
    const { root } = setup({ spot });
    expect(one(root, '.sg-dock').className).toBe(`sg-root sg-dock sg-dock--${spot}`);
  });

  it('at rest shows the launcher alone: the panel is in the DOM but hidden', () => {
    const { root, sheet } = setup();
    expect(all(root, '.sg-launcher')).toHaveLength(1);
    expect(sheet.hidden).toBe(true);
    expect(sheet.querySelector('.sg-panel')).not.toBeNull();
  });

  it('opened: a named, non-modal dialog with a close button in the admin’s language', () => {
    const { sheet } = setup({ open: true, lang: 'de' });
    expect(sheet.hidden).toBe(false);
    expect(sheet.getAttribute('role')).toBe('dialog');
    expect(sheet.getAttribute('aria-modal')).toBe('false');
    expect(sheet.getAttribute('aria-label')).toBe('Seats – Bureau Jansen');
    expect(one(sheet, '.sg-close').getAttribute('aria-label')).toBe(t('launcher.close', {}, 'de'));
  });

  it('the close button closes and gives focus back to the launcher', () => {
    const { sheet, onClose, launcherRef } = setup({ open: true });
    flush(() => one(sheet, '.sg-close').click());
    expect(onClose).toHaveBeenCalledOnce();
    expect(document.activeElement).toBe(launcherRef.current);
  });

  it('Escape anywhere in the panel closes it and gives focus back to the launcher', () => {
    const { sheet, onClose, launcherRef } = setup({ open: true });
    const inside = one(sheet, '.inside');
    inside.focus();
    flush(() => inside.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(onClose).toHaveBeenCalledOnce();
    expect(document.activeElement).toBe(launcherRef.current);
  });

  it('other keys are the panel’s own', () => {
    const { sheet, onClose } = setup({ open: true });
    flush(() =>
      one(sheet, '.inside').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })),
    );
    expect(onClose).not.toHaveBeenCalled();
  });

  it('without a launcher (it sits at the adapter’s anchor) holds the panel alone', () => {
    const { root } = setup({ launcher: undefined });
    expect(all(root, '.sg-launcher')).toHaveLength(0);
    expect(all(root, '.sg-panel')).toHaveLength(1);
  });
});
