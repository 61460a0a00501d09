/** The home page of the seed dossier: the bottom line first, what is pending, the topics, and one list of sources. */
import { describe, expect, inject, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element } from 'hast';
import { readPage } from '../support/html.ts';

const dist = inject('siteDist');
const home = readPage(dist, '');
const text = (node: Parameters<typeof toText>[0] | undefined) => toText(node!).replace(/\s+/gu, ' ').trim();
const topicLinks = selectAll('section[aria-labelledby="topics-heading"] .card h3 a', home).map((a) => String(a.properties['href']));

describe('the home page', () => {
  it('leads with its findings: the bottom line first, then why it matters, what is pending and what each side said, the topics after them', () => {
    const headings = selectAll('main h2', home).map((h) => text(h));
    expect(headings.slice(0, 6)).toEqual(['Bottom line', 'Why it matters', 'What is pending', 'What each side said', 'About the sources', 'Topics']);
    expect(topicLinks).toHaveLength(3);
  });

  it('says how current it is, on the home page and on every topic page, from the one cut-off the dossier states', () => {
    const cutOff = select('.page-meta time', home)!;
    expect(text(select('.page-meta', home))).toMatch(/^Information as of \d{1,2} \w+ \d{4} · Last updated/u);
    expect(String(cutOff.properties['dateTime'])).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    for (const url of topicLinks) {
      const topic = readPage(dist, url.slice(1));
      expect(text(select('.page-meta', topic)), url).toContain(`Information as of ${text(cutOff)}`);
    }
  });

  it('states each judgment of its bottom line with its confidence and its citations, three to five of them, each linking to the passages', () => {
    const items = selectAll('main li.judgment', home);
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.length).toBeLessThanOrEqual(5);
    for (const item of items) {
      expect(text(select('.confidence', item))).toMatch(/^(High|Moderate|Low) confidence\.$/u);
      expect(selectAll('a.citation-marker', item).length, text(item)).toBeGreaterThan(0);
      expect(String(item.properties['id'])).toMatch(/^judgment-/u);
    }
  });

  it('sums up the source caveats in one paragraph that links to the index of sources', () => {
    const blocks = selectAll('main div.prose', home).flatMap((prose) => prose.children.filter((node): node is Element => node.type === 'element'));
    const heading = blocks.findIndex((node) => node.tagName === 'h2' && text(node) === 'About the sources');
    const caveats = blocks.slice(heading + 1).filter((node) => node.tagName !== 'h2');
    expect(heading).toBeGreaterThan(0);
    expect(caveats.map((node) => node.tagName)).toEqual(['p']);
    expect(selectAll('a[href="/sources/"]', caveats[0]!)).toHaveLength(1);
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
