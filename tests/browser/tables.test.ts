/**
 * Tables in Chromium on a touch phone, light and dark: each claim of the
 * ledger is a card whose every cell shows the source it belongs to, and the
 * index of sources keeps its titles and counts readable (the seed's long
 * ledger as a table: tests/seed/ledger.test.ts; no table scrolls sideways at
 * any width: geometry.test.ts). One page, reused for every page visited, the
 * scheme switched on it (the site's schemes are CSS media queries).
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteSession, useViewportPage } from '../support/site-session.ts';
import { selectAll } from 'hast-util-select';
import { pagePaths, readPage } from '../support/html.ts';
import { UI_UNDER_TEST } from '../support/dossier-under-test.ts';

const session = useSiteSession(() => inject('siteDist'));

const PHONE = { width: 390, height: 844, phone: true } as const;
const SCHEMES = ['light', 'dark'] as const;

/** Every page the build made, as a path from the site's root. */
const PAGES = pagePaths(inject('siteDist'));
/** The pages that show the claims ledger: its parts, one a topic, and the topics with claims. */
const LEDGER_PAGES = PAGES.filter((page) => (page.startsWith('claims/') && page !== 'claims/') || page.startsWith('topics/'));

/** The phone's one page, shared by every block. */
const usePhone = () => useViewportPage(session, PHONE);

/**
 * What is wrong with the ledger's cards on the page: each cell must show, on
 * the card of its claim, its column's source (label and title) above its
 * value, inside the screen, with the claim's statement above them all.
 */
function ledgerCardProblems(page: Page): Promise<{ cells: number; problems: string[] }> {
  return page.evaluate(() => {
    const problems: string[] = [];
    let cells = 0;
    const seen = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const squash = (text: string | null) => (text ?? '').replace(/\s+/gu, ' ').trim();
    for (const table of document.querySelectorAll('table.ledger')) {
      const heads = [...table.querySelectorAll('thead th')].map((th) => squash(th.textContent));
      for (const row of table.querySelectorAll('tbody tr')) {
        const statement = row.querySelector('.claim-statement')!;
        const claim = squash(statement.textContent);
        if (!seen(statement)) problems.push(`${claim}: the statement is not seen`);
        for (const [i, cell] of row.querySelectorAll('td').entries()) {
          cells += 1;
          const label = cell.querySelector('.cell-source');
          const value = cell.querySelector('.cell-position, .silent-word');
          const where = `${claim}, column ${heads[i + 1]}`;
          if (!label || !seen(label) || !value || !seen(value)) {
            problems.push(`${where}: ${!label || !seen(label) ? 'no source label' : 'no value'} seen`);
            continue;
          }
          if (squash(label.textContent) !== heads[i + 1]) problems.push(`${where}: labelled “${squash(label.textContent)}”`);
          const box = cell.getBoundingClientRect();
          const labelBox = label.getBoundingClientRect();
          const valueBox = value.getBoundingClientRect();
          const statementBox = statement.getBoundingClientRect();
          if (box.left < 0 || box.right > document.documentElement.clientWidth) problems.push(`${where}: the cell is not all on screen`);
          if (statementBox.bottom > labelBox.top) problems.push(`${where}: the cell is not under its claim`);
          // Beside: on the value's line or the line above it.
          if (labelBox.top > valueBox.top + 1 || valueBox.top - labelBox.bottom > labelBox.height) problems.push(`${where}: its label is not beside its value`);
        }
      }
    }
    return { cells, problems };
  });
}

describe('the ledger at 390×844, as cards', () => {
  const current = usePhone();

  it.each(SCHEMES)('shows, in %s, every cell with its source’s label beside its value, under its claim', async (colorScheme) => {
    await current.page.emulateMedia({ colorScheme });
    for (const pathname of LEDGER_PAGES) {
      await current.page.goto(`${session.server.url}${pathname}`);
      const { cells, problems } = await ledgerCardProblems(current.page);
      expect(problems, `/${pathname}`).toEqual([]);
      // Every cell of the page's ledgers was a card's.
      expect(cells, `/${pathname}`).toBe(selectAll('table.ledger tbody td', readPage(inject('siteDist'), pathname)).length);
    }
  });
});

describe('the index of sources at 390×844', () => {
  const current = usePhone();

  it.each(SCHEMES)('keeps, in %s, titles to several words a line and the count cited whole and named', async (colorScheme) => {
    const { page } = current;
    await page.emulateMedia({ colorScheme });
    await page.goto(`${session.server.url}sources/`);
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll('.source-index tbody tr')].map((row) => {
        const title = row.querySelector('a')!;
        const cited = row.querySelector('td.num')!;
        const citedBox = cited.getBoundingClientRect();
        const wrap = row.closest('.table-wrap')!.getBoundingClientRect();
        return {
          words: title.textContent!.trim().split(/\s+/u).length,
          lines: new Set([...title.getClientRects()].map((r) => Math.round(r.top))).size,
          cited: (cited as HTMLElement).innerText.trim(),
          citedInside: citedBox.left >= wrap.left && citedBox.right <= wrap.right && cited.scrollWidth <= cited.clientWidth,
        };
      }),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.words / row.lines).toBeGreaterThanOrEqual(3);
      expect(row.cited).toMatch(new RegExp(`^${UI_UNDER_TEST.text('sourceIndex.citedLabel')}\\d+$`, 'u'));
      expect(row.citedInside).toBe(true);
    }
  });
});
