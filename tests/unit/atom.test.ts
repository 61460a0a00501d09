/** The Atom feed (src/lib/feed/atom.ts): titles and summaries are text, and the feed is XML whatever a source holds. */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { atomXml, type AtomFeed } from '../../src/lib/feed/atom.ts';

const HOSTILE_TITLE = 'Quay <img src=https://tracker.example/p.gif onerror=alert(1)> & "closed" \u0000\u0001\u001B[31m';

const feed = (title: string, summary = 'Harbour News, 3 March 2026. The quay is closed.'): AtomFeed => ({
  id: 'https://example.org/',
  link: 'https://example.org/',
  self: 'https://example.org/feed.xml?a=1&b=<2>',
  title: 'The dossier',
  subtitle: 'A & B <i>',
  language: 'en',
  updated: new Date(Date.UTC(2026, 2, 3)),
  generator: 'briefing-dossier',
  entries: [{ id: 'https://example.org/sources/q/', link: 'https://example.org/sources/q/', title, summary, updated: new Date(Date.UTC(2026, 2, 3)) }],
});

/** The feed parsed by a conforming XML parser (jsdom's, saxes), which throws on anything that is not XML. */
const parse = (xml: string) => new JSDOM(xml, { contentType: 'application/xml' }).window.document;

describe('atomXml', () => {
  it('is XML that a strict parser reads, whatever the titles hold, control characters removed', () => {
    const document = parse(atomXml(feed(HOSTILE_TITLE, `Summary with <b>bold</b> & \u0007 a bell`)));
    expect(document.querySelector('parsererror')).toBeNull();
    expect(document.querySelector('entry > title')!.textContent).toBe('Quay <img src=https://tracker.example/p.gif onerror=alert(1)> & "closed" [31m');
    expect(document.querySelector('entry > summary')!.textContent).toBe('Summary with <b>bold</b> &  a bell');
    expect(document.querySelector('link[rel="self"]')!.getAttribute('href')).toBe('https://example.org/feed.xml?a=1&b=<2>');
  });

  it('marks every title and summary as text, so that no reader renders a tag in them', () => {
    const document = parse(atomXml(feed(HOSTILE_TITLE)));
    const typed = [...document.querySelectorAll('title, subtitle, summary')];
    expect(typed.map((element) => element.getAttribute('type'))).toEqual(typed.map(() => 'text'));
    for (const element of typed) expect(element.children, element.tagName).toHaveLength(0);
  });
});
