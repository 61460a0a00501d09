/** The home page of the seed dossier: the topics, a labelled bottom line, the briefing, and one list of sources. */
import { describe, expect, inject, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { readPage } from '../support/html.ts';

const dist = inject('seedDist');
const home = readPage(dist, '');
const text = (node: Parameters<typeof toText>[0] | undefined) => toText(node!).replace(/\s+/gu, ' ').trim();
const topicLinks = selectAll('section[aria-labelledby="topics-heading"] .card h3 a', home).map((a) => String(a.properties['href']));

describe('the home page', () => {
  it('lists the topics before anything else under its heading', () => {
    const headings = selectAll('main h2', home).map((h) => text(h));
    expect(headings[0]).toBe('Topics');
    expect(topicLinks).toHaveLength(3);
  });

  it("has a labelled Bottom line: every topic's key judgments, in order, with the confidence its page states, linking to it", () => {
    const section = select('section[aria-labelledby="bottom-line-heading"]', home)!;
    expect(text(select('h2', section))).toBe('Bottom line');
    const groups = selectAll('section', section).filter((group) => group !== section);
    expect(groups.map((g) => String(select('h3 a', g)!.properties['href']))).toEqual(topicLinks);
    for (const group of groups) {
      const topicUrl = String(select('h3 a', group)!.properties['href']);
      const topic = readPage(dist, topicUrl.slice(1));
      // The topic page's key judgments: their ids and confidence labels, in order.
      const judgments = selectAll('li.judgment', topic).map((li) => ({ id: String(li.properties['id']), label: text(select('strong', li)).replace(/\.$/u, '') }));
      const items = selectAll('li', group).map((li) => ({
        href: String(select('a', li)!.properties['href']),
        label: text(select('.bottom-line-confidence', li)).replace(/\.$/u, ''),
        words: text(select('a', li)),
      }));
      expect(items.map((i) => i.href)).toEqual(judgments.map((j) => `${topicUrl}#${j.id}`));
      expect(items.map((i) => i.label)).toEqual(judgments.map((j) => j.label));
      for (const [i, item] of items.entries()) {
        const judgment = text(select(`#${judgments[i]!.id}`, topic));
        expect(judgment, item.href).toContain(item.words.slice(0, 40));
      }
    }
  });

  it('lists the sources once, each with its dating note and a count of its notes by kind', () => {
    const lists = selectAll('.source-list', home);
    expect(lists).toHaveLength(1);
    // "Recently added" would only repeat them: every seed was added on the same day.
    expect(select('section[aria-labelledby="recent-heading"]', home)).toBeUndefined();
    const entries = selectAll('li', lists[0]!);
    expect(entries).toHaveLength(3);
    for (const entry of entries) {
      const sourceUrl = String(select('a[href^="/sources/"]', entry)!.properties['href']);
      const source = readPage(dist, sourceUrl.slice(1));
      const terms = selectAll('.source-assessment dt', entry).map((dt) => text(dt));
      expect(terms).toEqual(['Dating', 'Notes']);
      // The dating note is the one the source page gives beside its date.
      const dating = text(selectAll('.source-assessment dd', entry)[0]);
      expect(text(source)).toContain(dating);
      // The count of notes matches the notes the source page shows, by kind.
      const summary = text(selectAll('.source-assessment dd', entry)[1]);
      expect(summary).toMatch(/^(\d+ (errors?|cautions?|context notes?))(, \d+ (errors?|cautions?|context notes?))*$/u);
      const counted = Object.fromEntries([...summary.matchAll(/(\d+) (error|caution|context note)/gu)].map((m) => [m[2], Number(m[1])]));
      const onPage = (kind: string) => selectAll(`.note-${kind}`, source).length;
      expect({ error: onPage('error'), caution: onPage('caution'), 'context note': onPage('context') }).toEqual({ error: 0, caution: 0, 'context note': 0, ...counted });
    }
  });
});
