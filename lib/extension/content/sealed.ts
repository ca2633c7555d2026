import { options } from 'preact';

// Issue 13: the page can neither read our seat data nor change what a dialog says. A closed shadow root keeps
// `host.shadowRoot` null to the page; these close the ways around it that the platform leaves open.

/**
 * The tag name for a shadow host of ours: `name`, unless the page defined it as a custom element of its own.
 * Then its class would construct our host, and `attachInternals().shadowRoot` would hand it the closed root
 * (attachShadow on a custom element makes the root available to its internals); a random name it cannot
 * have defined instead. A page that defines the name later only upgrades the host, which gets it nothing.
 */
export function hostName(name: string, doc: Document = document): string {
  try {
    // Creating the probe runs the page's constructor, if it has one; the probe gets no root.
    if (!doc.createElement(name).matches(':defined')) return name;
  } catch {
    // A constructor that throws is as good as a definition: the name is the page's.
  }
  return `${name}-${crypto.randomUUID().slice(0, 8)}`;
}

/**
 * Renders no `part` attribute from now on: `::part()` reaches into closed roots too, and would let the page
 * restyle a dialog or, with `::before` and `::after` content, reword it. The content script's own Preact only;
 * the widget, its own bundle, keeps its parts for the portal's theming. Returns the undo.
 */
export function renderWithoutParts(): () => void {
  const previous = options.vnode;
  options.vnode = (vnode) => {
    if (typeof vnode.type === 'string' && vnode.props && 'part' in vnode.props)
      delete (vnode.props as { part?: unknown }).part;
    previous?.(vnode);
  };
  return () => {
    options.vnode = previous;
  };
}

/** The widget's public custom properties, which the page sets on itself and which inherit into our roots. */
const THEMING = ['bg', 'fg', 'muted', 'accent', 'track', 'ok', 'near', 'full', 'over', 'radius', 'font'];

/**
 * Our hosts take none of the page's `--seatguard-*` theming: `all: initial` leaves custom properties alone,
 * and `--seatguard-fg` set to the background's colour would blank a dialog. Important in the shadow tree wins
 * over anything the page declares, important or not.
 */
export const sealedHostStyles = `:host { ${THEMING.map((name) => `--seatguard-${name}: initial !important;`).join(' ')} }`;

/**
 * Puts our host back at the end of the page's body if a page script took it out, so that what the guard has
 * to say (its dialog, its note) is seen: a dialog cannot open outside the document.
 */
export function reattach(host: Element | undefined, doc: Document = document): void {
  if (!host || host.isConnected) return;
  (doc.body ?? doc.documentElement).append(host);
}
