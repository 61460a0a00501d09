import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Readability } from '@mozilla/readability';
import { importHtml, looksLikeLinkList } from '../../src/lib/importing/html.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'articles');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const page = (head: string, body = '<main><article><p>First paragraph of the story.</p><p>Second paragraph of the story.</p></article></main>') =>
  `<!doctype html><html lang="en"><head><title>A story</title>${head}</head><body>${body}</body></html>`;

describe('HTML pages: the page address', () => {
  it.each([
    ['a canonical link', '<link rel="canonical" href="https://news.example/a">', 'https://news.example/a', []],
    ['a protocol-relative canonical link, as https', '<link rel="canonical" href="//us.yahoo.com/news/story-1.html">', 'https://us.yahoo.com/news/story-1.html', []],
    ['og:url before the canonical link', '<meta property="og:url" content="https://news.example/og"><link rel="canonical" href="https://news.example/c">', 'https://news.example/og', []],
    [
      'a canonical link without a host, left out',
      '<link rel="canonical" href="/news/story-1.html">',
      undefined,
      ['the page gives its address as "/news/story-1.html", which is not an http(s) URL; it was left out (pass --url to record one).'],
    ],
    [
      'an og:url of another scheme, then the canonical link',
      '<meta property="og:url" content="android-app://com.example/news/1"><link rel="canonical" href="//news.example/1">',
      'https://news.example/1',
      ['the page gives its address as "android-app://com.example/news/1", which is not an http(s) URL; it was left out (pass --url to record one).'],
    ],
  ])('%s', (_name, head, url, warnings) => {
    const imported = importHtml(page(head));
    expect(imported.metadata.url).toBe(url);
    expect(imported.warnings).toEqual(warnings);
  });

  it('a protocol-relative canonical link in a saved page', () => {
    expect(importHtml(fixture('protocol-relative-canonical.html')).metadata.url).toBe('https://us.yahoo.com/news/harbour-pilots-end-strike-142000123.html');
  });
});

describe('HTML pages: the publication day from JSON-LD', () => {
  const jsonLd = (json: string) => `<script type="application/ld+json">${json}</script>`;
  it.each([
    ['a date and time without seconds or zone', jsonLd('{"@type":"NewsArticle","datePublished":"2018-04-05T06:00"}')],
    ['a full timestamp', jsonLd('{"@type":"NewsArticle","datePublished":"2018-04-05T06:00:00+02:00"}')],
    ['inside @graph', jsonLd('{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2018-04-05T06:00"}]}')],
    ['as a typed value', jsonLd('{"@type":"NewsArticle","datePublished":{"@type":"DateTime","@value":"2018-04-05T06:00"}}')],
    ['as a list', jsonLd('[{"@type":"NewsArticle","datePublished":["2018-04-05T06:00"]}]')],
    ['in a block that is not valid JSON (a raw line break in a string)', jsonLd('{"@type":"NewsArticle","description":"two\nlines","datePublished" : "2018-04-05T06:00",}')],
    ['after a block with no date', `${jsonLd('{"@type":"Organization","name":"O"}')}${jsonLd('{"@type":"NewsArticle","datePublished":"2018-04-05T06:00"}')}`],
  ])('%s', (_name, head) => {
    expect(importHtml(page(head)).metadata.published).toBe('2018-04-05');
  });

  it('a saved page whose JSON-LD is not valid JSON', () => {
    expect(importHtml(fixture('json-ld-date-without-seconds.html')).metadata.published).toBe('2018-04-05');
  });
});

describe('HTML pages: a list of links is not an article', () => {
  const story = (paragraph: string) => `<main><article>${[1, 2, 3, 4, 5].map((n) => `<p>${paragraph.replace('N', String(n))}</p>`).join('')}</article></main>`;
  const long = 'Paragraph N: the ferry operator said on Tuesday that rosters had been changed to cover the winter timetable, and that the union had been told.';
  it.each([
    ['an article with no links', story(long), false],
    ['an article with a link in each paragraph', story(long.replace('the winter timetable', '<a href="/t">the winter timetable</a>')), false],
    ['headlines with teasers', `<main>${[1, 2, 3, 4, 5].map((n) => `<article><h2><a href="/${n}">Headline number ${n} about the ferry strike</a></h2><p>A teaser.</p></article>`).join('')}</main>`, true],
    ['a list of bare links', `<main><ul>${[1, 2, 3, 4, 5, 6].map((n) => `<li><a href="/${n}">Story ${n} of the day</a></li>`).join('')}</ul></main>`, true],
    ['short paragraphs that are mostly links', story('<a href="/N">Read story N</a> here.'), true],
  ])('%s', (_name, body, expected) => {
    expect(looksLikeLinkList(importHtml(page('', body)).links)).toBe(expected);
  });

  it('a saved front page: 400 of its 624 characters are in links, in 15 items of median length 40', () => {
    const { links } = importHtml(fixture('spanish-edition-front-page.html'));
    expect(links).toEqual({ share: 400 / 624, items: 15, medianLength: 40 });
    expect(looksLikeLinkList(links)).toBe(true);
  });

  it.each(['coastal-ferry-strike.html', 'protocol-relative-canonical.html', 'json-ld-date-without-seconds.html'])('a saved article: %s', (name) => {
    const { links } = importHtml(fixture(name));
    expect(links.share).toBe(0);
    expect(looksLikeLinkList(links)).toBe(false);
  });
});

describe('HTML pages: a page whose <article> is taken is not given to Readability', () => {
  const jsonLd = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Quay reopens","publisher":{"@type":"Organization","name":"Harbour News"}}</script>';

  it('Readability never runs, and its metadata comes from the page, JSON-LD included', () => {
    const parse = vi.spyOn(Readability.prototype, 'parse');
    try {
      const imported = importHtml(`<!doctype html><html><head>${jsonLd}</head><body><article><p>The quay reopened.</p><p>Ferries ran on time.</p></article></body></html>`);
      expect(parse).not.toHaveBeenCalled();
      expect(imported.blocks.map((b) => b.text)).toEqual(['The quay reopened.', 'Ferries ran on time.']);
      expect(imported.metadata.title).toBe('Quay reopens');
      expect(imported.metadata.outlet).toBe('Harbour News');
    } finally {
      parse.mockRestore();
    }
  });

  it('a page without one is given to Readability', () => {
    const parse = vi.spyOn(Readability.prototype, 'parse');
    try {
      importHtml(`<!doctype html><html><head>${jsonLd}</head><body><div><p>The quay reopened this morning after three weeks of repairs to the sea wall.</p></div></body></html>`);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });
});

describe('HTML pages: hostile JSON-LD', () => {
  it('a million nested lists in a JSON-LD block are read without overflowing the stack', () => {
    const deep = `${'['.repeat(1_000_000)}{"datePublished":"2018-04-05"}${']'.repeat(1_000_000)}`;
    expect(importHtml(page(`<script type="application/ld+json">${deep}</script>`)).metadata.published).toBe('2018-04-05');
    // A 2 MB block: about a second idle, more on a loaded machine.
  }, 30_000);

  it('a list of a million items in a JSON-LD block is read', () => {
    const wide = `[${'0,'.repeat(1_000_000)}{"datePublished":"2018-04-05"}]`;
    expect(importHtml(page(`<script type="application/ld+json">${wide}</script>`)).metadata.published).toBe('2018-04-05');
  }, 30_000);
});
