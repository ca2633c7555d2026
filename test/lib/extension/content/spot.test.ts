// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { type Box, controlsUnder, EDGE, freePlace, spotBox } from '../../../../lib/extension/content/spot';

const VIEWPORT = { width: 1280, height: 720 };
const SIZE = { width: 200, height: 30 };

afterEach(() => document.body.replaceChildren());

/** A document whose hit testing sees the given boxes, topmost first, over the body. */
function pageWith(items: [string, Box][]) {
  const placed = items.map(([html, box]) => {
    const holder = document.createElement('div');
    holder.innerHTML = html;
    const element = holder.firstElementChild as Element;
    document.body.append(element);
    return { element: element.querySelector('[data-hit]') ?? element, box };
  });
  const doc = {
    elementsFromPoint: (x: number, y: number) => [
      ...placed
        .filter(
          ({ box }) => x >= box.left && x < box.left + box.width && y >= box.top && y < box.top + box.height,
        )
        .map(({ element }) => element),
      document.body,
      document.documentElement,
    ],
  };
  return doc as unknown as Document;
}

const corner = (spot: Parameters<typeof spotBox>[0]) => spotBox(spot, SIZE, VIEWPORT);
const none = () => false;

describe('spotBox', () => {
  it.each([
    ['bottom-end', false, { left: 1280 - EDGE - 200, top: 720 - EDGE - 30 }],
    ['top-end', false, { left: 1280 - EDGE - 200, top: EDGE }],
    ['bottom-start', false, { left: EDGE, top: 720 - EDGE - 30 }],
    ['top-start', false, { left: EDGE, top: EDGE }],
    ['bottom-end', true, { left: EDGE, top: 720 - EDGE - 30 }],
    ['top-start', true, { left: 1280 - EDGE - 200, top: EDGE }],
  ] as const)('%s (rtl: %s)', (spot, rtl, expected) => {
    expect(spotBox(spot, SIZE, VIEWPORT, rtl)).toEqual({ ...expected, ...SIZE });
  });
});

describe('controlsUnder', () => {
  it.each([
    ['<a href="/x">link</a>', 1],
    ['<a>anchor without href</a>', 0],
    ['<button>b</button>', 1],
    ['<input type="checkbox">', 1],
    ['<input type="hidden">', 0],
    ['<select></select>', 1],
    ['<textarea></textarea>', 1],
    ['<label>l</label>', 1],
    ['<div role="button">r</div>', 1],
    ['<div tabindex="0">t</div>', 1],
    ['<div tabindex="-1">t</div>', 0],
    ['<div contenteditable="">c</div>', 1],
    ['<p>text</p>', 0],
    ['<a href="/x"><span data-hit>inside a link</span></a>', 1],
  ])('%s counts %d', (html, count) => {
    const doc = pageWith([[html, corner('bottom-end')]]);
    expect(controlsUnder(doc, corner('bottom-end'), none).size).toBe(count);
  });

  it('sees a checkbox of 13 px anywhere under the launcher (samples every 8 px)', () => {
    const box = corner('bottom-end');
    for (let dx = 0; dx < box.width - 13; dx += 5) {
      document.body.replaceChildren();
      const doc = pageWith([
        ['<input type="checkbox">', { left: box.left + dx, top: box.top + 9, width: 13, height: 13 }],
      ]);
      expect(controlsUnder(doc, box, none).size, `at +${dx}px`).toBe(1);
    }
  });

  it('leaves out our own UI, and counts what lies under it', () => {
    const doc = pageWith([
      ['<seatguard-panel></seatguard-panel>', corner('bottom-end')],
      ['<button>under us</button>', corner('bottom-end')],
    ]);
    const ours = (element: Element) => element.localName === 'seatguard-panel';
    expect([...controlsUnder(doc, corner('bottom-end'), ours)].map((e) => e.textContent)).toEqual([
      'under us',
    ]);
  });

  it('with first, stops at the first control it finds', () => {
    const doc = pageWith([
      ['<a href="/1">1</a>', corner('bottom-end')],
      ['<a href="/2">2</a>', corner('bottom-end')],
    ]);
    expect(controlsUnder(doc, corner('bottom-end'), none).size).toBe(2);
    expect(controlsUnder(doc, corner('bottom-end'), none, true).size).toBe(1);
  });
});

describe('freePlace', () => {
  const link = (box: Box): [string, Box] => ['<a href="/x">x</a>', box];
  const sizes = { full: SIZE, compact: { width: 30, height: 30 } };
  const place = (doc: Document, current?: Parameters<typeof freePlace>[0]['current']) =>
    freePlace({ doc, sizes, viewport: VIEWPORT, ours: none, ...(current && { current }) });

  it('stays home (bottom-end) with its numbers on a page with nothing there', () => {
    expect(place(pageWith([]))).toEqual({ spot: 'bottom-end', compact: false });
  });

  it('moves to the first free corner when home covers a link, in DOCK_SPOTS order', () => {
    expect(place(pageWith([link(corner('bottom-end'))]))).toEqual({ spot: 'top-end', compact: false });
    const two = pageWith([link(corner('bottom-end')), link(corner('top-end'))]);
    expect(place(two)).toEqual({ spot: 'bottom-start', compact: false });
  });

  it('stays where it is while that corner is free, even when home is free again', () => {
    expect(place(pageWith([]), { spot: 'top-start', compact: false })).toEqual({
      spot: 'top-start',
      compact: false,
    });
  });

  it('shows its mark alone when its numbers are cut off (a long level word on a narrow screen)', () => {
    const cut = { full: { width: Number.POSITIVE_INFINITY, height: 30 }, compact: { width: 30, height: 30 } };
    expect(freePlace({ doc: pageWith([]), sizes: cut, viewport: VIEWPORT, ours: none })).toEqual({
      spot: 'bottom-end',
      compact: true,
    });
  });

  it('with its numbers again where they fit, once they do', () => {
    expect(place(pageWith([]), { spot: 'top-start', compact: true })).toEqual({
      spot: 'top-start',
      compact: false,
    });
  });

  it('shows its mark alone where its numbers would cover a link in every corner', () => {
    // A link 60 px in from the end edge of each corner: under the 200 px pill, clear of the 30 px mark.
    const near = (spot: Parameters<typeof spotBox>[0]) => {
      const box = corner(spot);
      return link({
        left: spot.endsWith('end') ? box.left : box.left + 140,
        top: box.top,
        width: 60,
        height: 30,
      });
    };
    const doc = pageWith([near('bottom-end'), near('top-end'), near('bottom-start'), near('top-start')]);
    expect(place(doc)).toEqual({ spot: 'bottom-end', compact: true });
  });

  it('when even the mark covers something everywhere, the mark where it covers fewest', () => {
    const all = (spot: Parameters<typeof spotBox>[0], n: number) =>
      Array.from({ length: n }, () => link(spotBox(spot, { width: 200, height: 30 }, VIEWPORT)));
    const doc = pageWith([
      ...all('bottom-end', 3),
      ...all('top-end', 2),
      ...all('bottom-start', 1),
      ...all('top-start', 2),
    ]);
    expect(place(doc)).toEqual({ spot: 'bottom-start', compact: true });
  });
});
