import { ATTRIBUTES } from './attributes';
import { type Session, startSession } from './session';
import { readSetup } from './setup';
import { sheet } from './styles';
import type { TokenProvider } from './token';

/** Runs `then` once the parser is done (deferred and module scripts have run), or after the current task. */
function afterParsing(doc: Document, then: () => void): void {
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', then, { once: true });
  else queueMicrotask(then);
}

/**
 * `<seat-usage tenant api token lang variant label what-if>`: a tenant's seat usage from the Seat API, in an open
 * shadow root. Give the token as an attribute or, renewable, through the `tokenProvider` property.
 */
export class SeatUsageElement extends HTMLElement {
  static readonly observedAttributes = ATTRIBUTES;
  readonly #root: ShadowRoot;
  #provider: unknown;
  #session: Session | undefined;
  #waiting = false;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [sheet()];
    // Set before this script defined the element, the property is the instance's own and hides the accessor.
    if (Object.hasOwn(this, 'tokenProvider')) {
      const value: unknown = Reflect.get(this, 'tokenProvider');
      Reflect.deleteProperty(this, 'tokenProvider');
      this.#provider = value;
    }
  }

  /** An async function returning a short-lived token for this tenant; called again once on a 401. */
  get tokenProvider(): TokenProvider | undefined {
    return typeof this.#provider === 'function' ? (this.#provider as TokenProvider) : undefined;
  }

  set tokenProvider(provider: TokenProvider | undefined) {
    this.#provider = provider ?? undefined;
    this.#apply();
  }

  /** Fetches the seat data now, e.g. after the portal itself changed seats. */
  refresh(): void {
    this.#session?.refresh();
  }

  connectedCallback(): void {
    this.#session ??= startSession(this, this.#root);
    // Page scripts get to set tokenProvider and listen for events before the first load.
    this.#waiting = true;
    afterParsing(this.ownerDocument, () => {
      this.#waiting = false;
      this.#apply();
    });
  }

  disconnectedCallback(): void {
    this.#session?.dispose();
    this.#session = undefined;
  }

  attributeChangedCallback(): void {
    this.#apply();
  }

  #apply(): void {
    if (!this.#session || this.#waiting) return;
    this.#session.configure(readSetup(this, this.#provider));
  }
}
