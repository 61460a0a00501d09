/** The home page of the dossier under test: its bottom line's judgments, what is pending, the topics. */
import { describe, expect, inject, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { readPage } from '../support/html.ts';
import { pagesIn } from '../support/built-site.ts';

const dist = inject('siteDist');
const home = readPage(dist, '');
const text = (node: Parameters<typeof toText>[0] | undefined) => toText(node!).replace(/\s+/gu, ' ').trim();
const topicLinks = selectAll('section[aria-labelledby="topics-heading"] .card h3 a', home).map((a) => String(a.properties['href']));

describe('the home page', () => {
  it('links every topic', () => {
    expect(topicLinks.sort()).toEqual(pagesIn(dist, 'topics').map((page) => `/${page}`));
  });

  it('states each judgment of its bottom line with its confidence and its citations', () => {
    for (const item of selectAll('main li.judgment', home)) {
      expect(item.properties['className'], text(item)).toEqual(expect.arrayContaining([expect.stringMatching(/^judgment-(high|moderate|low)$/u)]));
      expect(text(select('.confidence', item)), text(item)).not.toBe('');
      expect(selectAll('a.citation-marker', item).length, text(item)).toBeGreaterThan(0);
      expect(String(item.properties['id'])).toMatch(/^judgment-/u);
    }
  });

  it('lists what is pending: every topic’s indicators, each with the date it is expected by and its topic', () => {
    const pending = select('section[aria-labelledby="pending-heading"]', home);
    const indicators = pending ? selectAll('.watch-item', pending) : [];
    const onTopics = topicLinks.flatMap((url) => selectAll('.watch-item', readPage(dist, url.slice(1))));
    expect(indicators).toHaveLength(onTopics.length);
    for (const indicator of indicators) expect(select('time', indicator), text(indicator)).toBeDefined();
  });
});
