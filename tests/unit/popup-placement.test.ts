/** Where citation previews go: flips and shifts of the popup, the sheet's edge and the scroll that keeps the marker beside it. */
import { describe, expect, it } from 'vitest';
import { placePopup, placeSheet, type Rect } from '../../src/lib/view/popup-placement.ts';

const spacing = { gap: 6, margin: 8 };
const popup = { width: 384, height: 200 };

/** A 24×24 marker at (left, top). */
function marker(left: number, top: number): Rect {
  return { left, top, right: left + 24, bottom: top + 24 };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe('placePopup', () => {
  it.each([
    // viewport, marker, expected side, left, top
    ['room below', { width: 1280, height: 800 }, marker(300, 100), 'below', 300, 130],
    ['at the bottom: flips above', { width: 1280, height: 800 }, marker(300, 700), 'above', 300, 494],
    ['at the right edge: shifts left', { width: 1280, height: 800 }, marker(1250, 100), 'below', 888, 130],
    ['at the left edge: keeps the margin', { width: 1280, height: 800 }, marker(2, 100), 'below', 8, 130],
    ['narrow window', { width: 641, height: 800 }, marker(600, 400), 'below', 249, 430],
    ['wide screen', { width: 2560, height: 1440 }, marker(2500, 1400), 'above', 2168, 1194],
  ] as const)('%s', (_case, viewport, at, side, left, top) => {
    const placed = placePopup(at, popup, viewport, spacing);
    expect(placed).toEqual({ side, left, top, height: popup.height });
  });

  it.each([
    ['short window, marker high: the room below', marker(100, 40), 'below'],
    ['short window, marker low: the room above', marker(100, 160), 'above'],
  ] as const)('%s, without covering the marker', (_case, at, side) => {
    const viewport = { width: 800, height: 220 };
    const placed = placePopup(at, popup, viewport, spacing);
    expect(placed.side).toBe(side);
    expect(placed.height).toBeLessThan(popup.height);
    const box = { left: placed.left, top: placed.top, right: placed.left + popup.width, bottom: placed.top + placed.height };
    expect(overlaps(box, at)).toBe(false);
    expect(box.top).toBeGreaterThanOrEqual(spacing.margin);
    expect(box.bottom).toBeLessThanOrEqual(viewport.height - spacing.margin);
  });

  it('stays inside the viewport and off its marker at every width from 641 to 2560 px and every marker position', () => {
    const problems: string[] = [];
    for (let width = 641; width <= 2560; width += 97) {
      const viewport = { width, height: 800 };
      for (let x = 0; x <= width - 24; x += 53) {
        for (let y = 0; y <= 776; y += 37) {
          const at = marker(x, y);
          const placed = placePopup(at, popup, viewport, spacing);
          const box = { left: placed.left, top: placed.top, right: placed.left + popup.width, bottom: placed.top + placed.height };
          const inside = box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= viewport.height;
          if (!inside || overlaps(box, at)) problems.push(`${width}px, marker at ${x},${y}: ${JSON.stringify(box)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('placeSheet', () => {
  const viewport = { width: 390, height: 844 };
  // A 300 px sheet at the bottom leaves markers room from y = 8 to y = 844 - 8 - 300 - 6 = 530.
  it.each([
    ['above the sheet already: no scroll', marker(100, 200), { y: 1000, max: 5000 }, 'bottom', 0, true],
    ['under the sheet: scrolls it up above the sheet', marker(100, 700), { y: 1000, max: 5000 }, 'bottom', 194, true],
    ['above the top edge: scrolls it down into view', marker(100, -50), { y: 1000, max: 5000 }, 'bottom', -58, true],
    ['under the sheet at the end of the page: the sheet goes to the top', marker(100, 700), { y: 4950, max: 5000 }, 'top', 0, true],
    ['above the top edge at the start of the page: scrolls as far as it can, which is not far enough', marker(100, -50), { y: 20, max: 5000 }, 'bottom', -20, false],
  ] as const)('%s', (_case, at, scroll, edge, scrollBy, shown) => {
    expect(placeSheet(at, 300, viewport, scroll, spacing)).toEqual({ edge, scrollBy, shown });
  });

  // A 523 px sheet leaves y = 8 to 307 above it at the bottom, and 537 to 836 below it at the top.
  it('in the middle of a page too short to scroll: shown beside neither edge, the page must make room', () => {
    expect(placeSheet(marker(100, 400), 523, viewport, { y: 0, max: 0 }, spacing)).toEqual({ edge: 'bottom', scrollBy: 0, shown: false });
  });
});
