/**
 * Input for Chromium in one round trip: the events go over its DevTools
 * protocol without waiting for each, and it handles them in order. A
 * round trip per event was most of a long keyboard walk's time, and on a
 * busy machine it stretches what should be one quick gesture (a pointer
 * passing over a marker) past the page's own delays.
 */
import type { CDPSession, Page } from 'playwright-core';

async function sendAtOnce(page: Page, events: (cdp: CDPSession) => Promise<unknown>[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await Promise.all(events(cdp));
  await cdp.detach();
}

const TAB = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 };

/** Presses Tab `count` times. */
export const pressTab = (page: Page, count: number): Promise<void> =>
  sendAtOnce(page, (cdp) =>
    Array.from({ length: count }, () => [
      cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...TAB }),
      cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...TAB }),
    ]).flat(),
  );

/** Moves the mouse through `points`, in page coordinates of the viewport. */
export const moveMouseThrough = (page: Page, points: ReadonlyArray<{ x: number; y: number }>): Promise<void> =>
  sendAtOnce(page, (cdp) => points.map(({ x, y }) => cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y, button: 'none' })));
