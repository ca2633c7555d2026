import { type ReadonlySignal, signal } from '@preact/signals';
import { DOCK_SPOTS, type DockPlace, type DockSpot } from '../../view/dock';

/** What a host page's admin can click, type in or focus: what our UI must never sit on. */
const INTERACTIVE = [
  'a[href]',
  'area[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  'label',
  'iframe',
  'video[controls]',
  'audio[controls]',
  '[contenteditable]:not([contenteditable="false"])',
  '[tabindex]:not([tabindex="-1"])',
  ...[
    'button',
    'link',
    'checkbox',
    'radio',
    'switch',
    'tab',
    'menuitem',
    'option',
    'combobox',
    'textbox',
    'slider',
  ].map((role) => `[role="${role}"]`),
].join(', ');

/** The launcher's distance from the viewport's edges, in px (components/dock-styles.ts). */
export const EDGE = 8;
/** Hit-test spacing: a control smaller than this in both directions (none is) could slip between samples. */
const STEP = 8;

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The viewport box a launcher of `size` takes at `spot`; `end` is the right edge unless the page is RTL. */
export function spotBox(
  spot: DockSpot,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  rtl = false,
): Box {
  const [block, inline] = spot.split('-') as ['top' | 'bottom', 'start' | 'end'];
  const right = (inline === 'end') !== rtl;
  return {
    left: right ? viewport.width - EDGE - size.width : EDGE,
    top: block === 'bottom' ? viewport.height - EDGE - size.height : EDGE,
    width: size.width,
    height: size.height,
  };
}

/** Sample offsets along one side: both ends and every STEP between. */
function samples(length: number): number[] {
  const last = Math.max(0, length - 1);
  const count = Math.max(1, Math.ceil(last / STEP));
  return Array.from({ length: count + 1 }, (_, i) => (i * last) / count);
}

/**
 * The host's interactive elements that lie under a box of the viewport, whatever is painted above them:
 * `elementsFromPoint` lists every layer at a point, ours included, which `ours` leaves out. With `first`, it
 * stops at the first one found: enough to know a corner is not free.
 */
export function controlsUnder(
  doc: Document,
  box: Box,
  ours: (element: Element) => boolean,
  first = false,
): Set<Element> {
  const found = new Set<Element>();
  // The same elements stand under many sample points: each is looked up the ancestors once per call.
  const controls = new Map<Element, Element | null>();
  const controlOf = (element: Element) => {
    let control = controls.get(element);
    if (control === undefined) {
      control = element.closest(INTERACTIVE);
      controls.set(element, control);
    }
    return control;
  };
  for (const dy of samples(box.height))
    for (const dx of samples(box.width))
      for (const element of doc.elementsFromPoint(box.left + dx, box.top + dy)) {
        if (ours(element)) continue;
        const control = controlOf(element);
        if (!control) continue;
        found.add(control);
        if (first) return found;
      }
  return found;
}

interface Size {
  width: number;
  height: number;
}

export interface PlaceInput {
  doc: Document;
  /** The launcher with its numbers, and as its mark alone. */
  sizes: { full: Size; compact: Size };
  viewport: Size;
  rtl?: boolean;
  ours: (element: Element) => boolean;
  /** Where the launcher is now: it stays while it covers nothing there. */
  current?: DockPlace;
}

/**
 * Where the launcher covers no host control: with its numbers if it can (in its current corner while that stays
 * free, else the first free corner in DOCK_SPOTS order), else as its mark alone, likewise; when every corner
 * covers something even so, the mark where it covers fewest.
 */
export function freePlace({ doc, sizes, viewport, rtl = false, ours, current }: PlaceInput): DockPlace {
  const spots = current
    ? [current.spot, ...DOCK_SPOTS.filter((spot) => spot !== current.spot)]
    : [...DOCK_SPOTS];
  let best: { place: DockPlace; covered: number } | undefined;
  for (const compact of [false, true])
    for (const spot of spots) {
      const size = compact ? sizes.compact : sizes.full;
      if (!Number.isFinite(size.width)) continue;
      // Only the mark's corners are ranked by how much they cover; any control rules out the numbers.
      const covered = controlsUnder(doc, spotBox(spot, size, viewport, rtl), ours, !compact).size;
      if (covered === 0) return { spot, compact };
      if (compact && (!best || covered < best.covered)) best = { place: { spot, compact }, covered };
    }
  return best?.place ?? { spot: DOCK_SPOTS[0], compact: true };
}

/** Whether the launcher's usage text is cut off (an ellipsis), as in French on a narrow phone screen. */
function truncated(launcher: HTMLElement): boolean {
  const text = launcher.querySelector<HTMLElement>('.sg-launcher-text');
  return text !== null && text.scrollWidth > text.clientWidth + 1;
}

export interface SpotWatch {
  place: ReadonlySignal<DockPlace>;
  /** The launcher to keep clear of the page's controls, or null while there is none to place. */
  attach(launcher: HTMLElement | null): void;
  /** Looks again in the next frame, e.g. once the panel closed. */
  check(): void;
}

/**
 * Keeps the docked launcher where it covers no control as the page scrolls, resizes or changes, at most once a
 * frame, while `frozen` is false (an open panel stays where the admin opened it). Both of its sizes are the
 * last measured in that form; the mark alone starts as a square of the launcher's height. Everything ends
 * with `lifetime`.
 */
export function watchSpot(
  lifetime: AbortSignal,
  { ours, frozen }: { ours: (element: Element) => boolean; frozen: () => boolean },
  doc: Document = document,
  win: Window = window,
): SpotWatch {
  const place = signal<DockPlace>({ spot: DOCK_SPOTS[0], compact: false });
  let launcher: HTMLElement | null = null;
  let full: Size | null = null;
  let compact: Size | null = null;
  let frame = 0;

  function settle(): void {
    frame = 0;
    if (!launcher || frozen() || lifetime.aborted) return;
    const { width, height } = launcher.getBoundingClientRect();
    if (width === 0 || height === 0) return;
    if (place.value.compact) compact = { width, height };
    // Numbers cut off by the launcher's max-width are no numbers: the full form then fits nowhere.
    else full = truncated(launcher) ? { width: Number.POSITIVE_INFINITY, height } : { width, height };
    const sizes = {
      full: full ?? { width, height },
      compact: compact ?? { width: height, height },
    };
    const root = doc.documentElement;
    const next = freePlace({
      doc,
      sizes,
      viewport: { width: root.clientWidth, height: root.clientHeight },
      rtl: win.getComputedStyle(launcher).direction === 'rtl',
      ours,
      current: place.value,
    });
    if (next.spot !== place.value.spot || next.compact !== place.value.compact) place.value = next;
  }

  function schedule(): void {
    if (!frame && !lifetime.aborted) frame = win.requestAnimationFrame(settle);
  }
  const options = { capture: true, passive: true, signal: lifetime };
  // Capture: a scrolling table or panel of the page moves its controls too.
  win.addEventListener('scroll', schedule, options);
  // A wider window may have room for numbers that were cut off: measure them again in full.
  const resized = () => {
    if (full && !Number.isFinite(full.width)) full = null;
    schedule();
  };
  win.addEventListener('resize', resized, { passive: true, signal: lifetime });
  const mutations = new MutationObserver(schedule);
  if (doc.body) mutations.observe(doc.body, { childList: true, subtree: true });
  const sizes = new ResizeObserver(schedule);
  lifetime.addEventListener(
    'abort',
    () => {
      mutations.disconnect();
      sizes.disconnect();
      if (frame) win.cancelAnimationFrame(frame);
    },
    { once: true },
  );

  return {
    place,
    attach(element) {
      if (element === launcher) return;
      if (launcher) sizes.unobserve(launcher);
      launcher = element;
      if (launcher) sizes.observe(launcher);
      schedule();
    },
    check: schedule,
  };
}
