/**
 * The seed's claims ledger, long and wide enough to scroll, at a small
 * laptop's and a desktop's width (the part of its topic with the most claims,
 * and of one with three sources): its head row and claim column stay in view
 * as it scrolls, down in its box and sideways between a phone and 800 wide.
 */
import { describe, expect, inject, it } from 'vitest';
import { useSiteSession, useViewportPage } from '../support/site-session.ts';

const session = useSiteSession(() => inject('siteDist'));

const VIEWPORTS = [{ width: 800, height: 900, phone: false }, { width: 1280, height: 800, phone: false }] as const;

/** The viewport's one page, shared by every block at that viewport. */
const useViewport = (viewport: (typeof VIEWPORTS)[number]) => useViewportPage(session, viewport);

describe.each(VIEWPORTS)('the ledger at $width×$height, as a table', (viewport) => {
  const current = useViewport(viewport);

  it('keeps its head row and claim column in view as it scrolls', async () => {
    const { page } = current;
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${session.server.url}claims/israel-iran-strikes/`);
    const kept = await page.evaluate(async () => {
      // The seed's tallest ledger: it scrolls in its box.
      const wrap = document.querySelector<HTMLElement>('.ledger-wrap')!;
      wrap.scrollIntoView({ block: 'start' });
      const scrolls = wrap.scrollHeight > wrap.clientHeight;
      wrap.scrollTop = wrap.scrollHeight;
      await new Promise(requestAnimationFrame);
      const head = wrap.querySelector('thead th')!.getBoundingClientRect();
      const box = wrap.getBoundingClientRect();
      const lastRow = [...wrap.querySelectorAll('tbody th[scope="row"]')].at(-1)!.getBoundingClientRect();
      return { scrolls, headAtTop: Math.abs(head.top - box.top) <= 1, lastRowInBox: lastRow.bottom <= box.bottom + 1 && lastRow.top >= head.bottom - 1 };
    });
    expect(kept).toEqual({ scrolls: true, headAtTop: true, lastRowInBox: true });
  });
});

describe('the ledger between a phone and 800 wide', () => {
  const current = useViewport(VIEWPORTS[0]);

  it('scrolls sideways in its box, its claims kept in view', async () => {
    const { page } = current;
    await page.emulateMedia({ colorScheme: 'light' });
    // Just over the cards' width: three sources no longer fit beside the claims.
    await page.setViewportSize({ width: 660, height: 900 });
    try {
      await page.goto(`${session.server.url}claims/the-call/`);
      const kept = await page.evaluate(async () => {
        const wrap = document.querySelector<HTMLElement>('.ledger-wrap')!;
        const scrolls = wrap.scrollWidth > wrap.clientWidth;
        const pageScrolls = document.documentElement.scrollWidth > document.documentElement.clientWidth;
        wrap.scrollLeft = wrap.scrollWidth;
        await new Promise(requestAnimationFrame);
        const box = wrap.getBoundingClientRect();
        const claim = wrap.querySelector('tbody th[scope="row"]')!.getBoundingClientRect();
        const lastCell = wrap.querySelector('tbody tr td:last-child')!.getBoundingClientRect();
        return { scrolls, pageScrolls, claimAtLeft: Math.abs(claim.left - box.left) <= 1, lastCellBesideClaim: lastCell.left >= claim.right - 1 && lastCell.right <= box.right + 1 };
      });
      expect(kept).toEqual({ scrolls: true, pageScrolls: false, claimAtLeft: true, lastCellBesideClaim: true });
    } finally {
      await page.setViewportSize({ width: VIEWPORTS[0].width, height: VIEWPORTS[0].height });
    }
  });
});
