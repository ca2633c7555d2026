import type { ComponentChildren, RefObject } from 'preact';
import { type Lang, t } from '../lib/i18n';
import type { DockSpot } from '../lib/view/dock';

export interface DockProps {
  /** The viewport corner it takes: where the launcher covers none of the page's controls. */
  spot: DockSpot;
  open: boolean;
  lang: Lang;
  /** Id of the panel's sheet, for the launcher's aria-controls. */
  sheetId: string;
  /** The sheet's accessible name: the panel's title. */
  label: string;
  /** Closes the panel; focus goes back to the launcher. */
  onClose: () => void;
  /** The launcher, unless it sits at an anchor the host adapter names. */
  launcher?: ComponentChildren;
  /** Where focus returns when the panel closes from inside. */
  launcherRef: RefObject<HTMLButtonElement | null>;
  /** The panel. */
  children: ComponentChildren;
}

/**
 * The extension's UI over the page, docked in a viewport corner: at rest the launcher alone; opened, the panel
 * beside it as a non-modal dialog, until the launcher, the close button or Escape closes it again. Nothing of
 * the page moves.
 */
export function Dock(props: DockProps) {
  const { spot, open, lang, sheetId, label, onClose, launcher, launcherRef, children } = props;
  const close = () => {
    onClose();
    launcherRef.current?.focus();
  };
  return (
    <div class={`sg-root sg-dock sg-dock--${spot}`}>
      {launcher}
      <div
        id={sheetId}
        class="sg-sheet"
        role="dialog"
        aria-modal="false"
        aria-label={label}
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          close();
        }}
      >
        <button
          type="button"
          class="sg-close"
          part="button close"
          aria-label={t('launcher.close', {}, lang)}
          onClick={close}
        >
          <span aria-hidden="true">×</span>
        </button>
        {children}
      </div>
    </div>
  );
}
