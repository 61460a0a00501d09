/**
 * A source page's link to the cited words in the original article, in
 * Chromium: it carries a text fragment of those words, and following it
 * scrolls the original to them. The original (the fixture article's URL) is
 * served by the test from the article's own text, far down a long page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { useSiteSession } from '../support/site-session.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { splitArticleBody } from '../../src/lib/text/paragraphs.ts';

const session = useSiteSession(() => inject('harbourDist'));
const ARTICLE = '2026-01-10-harbour-closed';

function fixtureArticle(): { url: string; paragraphs: string[] } {
  const split = splitFrontmatter(readFileSync(path.join(PROJECT_ROOT, 'tests/fixtures/dossiers/harbour/articles', `${ARTICLE}.md`), 'utf8'));
  if (split.kind !== 'closed') throw new Error(`${ARTICLE}: no frontmatter`);
  const paragraphs = splitArticleBody(split.body).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
  return { url: (parse(split.yaml) as { url: string }).url, paragraphs };
}

describe('a cited passage on a source page', () => {
  it('links to the cited words in the original, which Chromium scrolls to', async () => {
    const { url, paragraphs } = fixtureArticle();
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The original, as its publisher might serve it: the article's paragraphs below a long page head.
    const filler = Array.from({ length: 60 }, (_, i) => `<p>Unrelated item ${i + 1} of the publisher's front matter.</p>`).join('');
    await page.route(`${new URL(url).origin}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Original</title>${filler}${paragraphs.map((p) => `<p>${p}</p>`).join('')}` }),
    );
    await page.goto(`${session.server.url}sources/${ARTICLE}/`);

    // The first cited run of ¶1: its words occur once in the article, so the directive needs no context.
    const cited = await page.locator('#p-1 mark.cited').first().innerText();
    // At this width the places citing ¶1 are in a margin note, folded to one line, and in it folded again.
    await page.locator('#p-1 .passage-about > summary').click();
    await page.locator('#p-1 .cited-in > summary').click();
    const expected = `${url}#:~:text=${encodeURIComponent(cited).replace(/-/gu, '%2D')}`;
    const links = page.getByRole('link', { name: 'The words cited from paragraph 1 in the original article' });
    const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href!.startsWith(`${url}#:~:text=`)).toBe(true);
    expect(hrefs).toContain(expected);
    const link = page.locator(`a.in-original[href="${expected}"]`);

    await link.click();
    await page.waitForURL(`${url}**`);
    // Chromium scrolls to the first match of the directive: the cited words are on screen, the page head is not.
    await expect
      .poll(() => page.evaluate(() => window.scrollY), { timeout: 5_000 })
      .toBeGreaterThan(0);
    const onScreen = await page.evaluate((words) => {
      const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent!.includes(words))!;
      const box = paragraph.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    }, cited);
    expect(onScreen).toBe(true);
    await page.close();
  });
});
