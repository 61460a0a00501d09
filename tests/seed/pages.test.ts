/** The seed dossier's own pages: what its footer and its notes say. */
import { describe, expect, inject, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { readPage } from '../support/html.ts';

const dist = inject('siteDist');

describe('the seed dossier build', () => {
  it('reads its footer as sentences: a space before the print link', () => {
    const footer = select('footer.site-footer', readPage(dist, '/'))!;
    expect(toText(footer).replace(/\s+/gu, ' ')).toContain('the source it rests on. Print the whole dossier.');
  });

  it('shows the source-criticism notes beside their passages', () => {
    const page = readPage(dist, 'sources/2025-06-14-putin-birthday-call-hopes/');
    const error = selectAll('.note-error', page).map((n) => toText(n));
    expect(error.some((text) => text.includes('former U.S. President'))).toBe(true);
    expect(selectAll('.noted-error', page).length).toBeGreaterThan(0);
  });

  it.each([
    ['2025-06-14-birthday-call-lengthy-and-substantive', 'Putin’s birthday call to Trump: the Israel–Iran war, Ukraine and prisoner swaps'],
    ['2025-06-14-fifty-minute-call', 'Putin and Trump discuss Iran, Israel and Ukraine in a fifty-minute call'],
    ['2025-06-14-putin-birthday-call-hopes', 'Trump and Putin discuss ending the Israel–Iran war in a birthday phone call'],
  ])('supplies the title of %s, which has no headline, and shows it in square brackets', (id, title) => {
    expect(toText(select('h1', readPage(dist, `sources/${id}/`))!).trim()).toBe(`[${title}]`);
  });

  it('links its home page to its first topic', () => {
    expect(select('a[href="/topics/the-call/"]', readPage(dist, ''))).toBeDefined();
  });
});
