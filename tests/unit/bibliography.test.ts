/** An article's citation for reference managers (CSL-JSON, BibTeX, RIS) and its schema.org JSON-LD. */
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import { cslItemOf } from '../../src/lib/bibliography/csl.ts';
import { formatCitation } from '../../src/lib/bibliography/formats.ts';
import { newsArticleJsonLd } from '../../src/lib/bibliography/json-ld.ts';
import { jsonForScript } from '../../src/lib/html/script-data.ts';
import { displayTitle } from '../../src/lib/bibliography/display-title.ts';

const known = {
  title: 'Putin’s call: Trump says the Israel–Iran war “must end”',
  outlet: 'Example Times',
  published: '2025-06-14',
  url: 'https://example.org/news/call?id=1&lang=en',
  retrieved: '2025-06-15',
  language: 'en',
};
const unknown = { title: 'An undated report from nowhere', outlet: 'Unknown', published: 'unknown', language: 'de' };
/** An article without a headline, titled by the dossier. */
const untitled = { ...unknown, title: 'Putin’s birthday call to Trump', title_supplied: true };

describe('displayTitle', () => {
  it.each([
    [{ title: 'Fifty-minute call' }, 'Fifty-minute call'],
    [{ title: 'Fifty-minute call', title_supplied: false }, 'Fifty-minute call'],
    [{ title: 'Fifty-minute call', title_supplied: true }, '[Fifty-minute call]'],
  ])('shows %o as %s', (data, expected) => {
    expect(displayTitle(data)).toBe(expected);
  });
});

describe('cslItemOf', () => {
  it('maps every known field', () => {
    expect(cslItemOf('2025-06-14-call', known)).toEqual({
      id: '2025-06-14-call',
      'citation-key': '2025-06-14-call',
      type: 'article-newspaper',
      title: known.title,
      'container-title': 'Example Times',
      publisher: 'Example Times',
      issued: { 'date-parts': [[2025, 6, 14]] },
      URL: known.url,
      accessed: { 'date-parts': [[2025, 6, 15]] },
      language: 'en',
    });
  });

  it('leaves out an unknown outlet, date, URL and retrieval rather than inventing them', () => {
    expect(cslItemOf('undated', unknown)).toEqual({
      id: 'undated',
      'citation-key': 'undated',
      type: 'article-newspaper',
      title: unknown.title,
      language: 'de',
    });
  });

  it('keeps a supplied title in its square brackets, so that a bibliography made from it does too', () => {
    expect(cslItemOf('untitled', untitled).title).toBe('[Putin’s birthday call to Trump]');
    const [read] = new Cite(formatCitation(cslItemOf('untitled', untitled), 'bibtex')).data;
    expect(read?.['title']).toBe('[Putin’s birthday call to Trump]');
  });
});

describe('formatCitation', () => {
  const item = cslItemOf('2025-06-14-call', known);

  it('writes CSL-JSON that parses back to the item', () => {
    expect(JSON.parse(formatCitation(item, 'csl'))).toEqual([item]);
  });

  it('writes BibTeX keyed by the article id that a BibTeX reader reads back', () => {
    const bibtex = formatCitation(item, 'bibtex');
    expect(bibtex).toMatch(/^@article\{2025-06-14-call,\n/u);
    const [read] = new Cite(bibtex).data;
    expect(read).toMatchObject({ title: known.title, URL: known.url, publisher: known.outlet, 'container-title': known.outlet });
    expect(read?.['issued']).toEqual({ 'date-parts': [[2025, 6, 14]] });
  });

  it('writes RIS, one unbroken line per tag, that a RIS reader reads back', () => {
    const long = cslItemOf('long', { ...known, title: `${known.title}, and a great deal more words to pass seventy characters` });
    const ris = formatCitation(long, 'ris');
    const lines = ris.trimEnd().split('\n');
    expect(lines[0]).toBe('TY  - NEWS');
    expect(lines.at(-1)).toBe('ER  -');
    expect(lines.every((line) => /^[A-Z][A-Z0-9]  - /u.test(line) || line === 'ER  -')).toBe(true);
    expect(lines).toContain(`TI  - ${long.title}`);
    const [read] = new Cite(ris).data;
    expect(read).toMatchObject({ title: long.title, URL: known.url });
  });

  it('escapes every field, the URL among them: a hostile URL cannot close its field and add another', () => {
    const hostile = cslItemOf('hostile', { ...known, title: 'Quay } @misc{evil,', url: 'https://harbour.example/x}, note = {\\input{/etc/passwd}' });
    const fields = (bibtex: string) => bibtex.split('\n').flatMap((line) => /^\t(\w+) = /u.exec(line)?.[1] ?? []);
    expect(fields(formatCitation(hostile, 'bibtex'))).toEqual(fields(formatCitation(item, 'bibtex')));
    const [read] = new Cite(formatCitation(hostile, 'bibtex')).data;
    expect(read).toMatchObject({ title: 'Quay } @misc{evil,', URL: 'https://harbour.example/x%7D,%20note%20=%20%7B/input%7B/etc/passwd%7D' });
    const ris = formatCitation(hostile, 'ris').trimEnd().split('\n');
    expect(ris.every((line) => /^[A-Z][A-Z0-9]  - /u.test(line) || line === 'ER  -')).toBe(true);
    expect(ris.filter((line) => line.startsWith('ER  -'))).toHaveLength(1);
  });

  it('gives the same bytes every time', () => {
    for (const format of ['csl', 'bibtex', 'ris'] as const) expect(formatCitation(item, format)).toBe(formatCitation(cslItemOf('2025-06-14-call', known), format));
  });
});

describe('newsArticleJsonLd', () => {
  const page = { pageUrl: 'https://dossier.example/sources/a/', dossier: { name: 'A dossier', url: 'https://dossier.example/' } };

  it('describes a known article fully', () => {
    expect(newsArticleJsonLd(known, page)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: known.title,
      datePublished: '2025-06-14',
      publisher: { '@type': 'Organization', name: 'Example Times' },
      url: known.url,
      inLanguage: 'en',
      mainEntityOfPage: { '@id': page.pageUrl, isPartOf: { name: 'A dossier', url: page.dossier.url } },
    });
  });

  it('states no date, publisher or URL it does not know', () => {
    const jsonLd = newsArticleJsonLd(unknown, page);
    expect(jsonLd).not.toHaveProperty('datePublished');
    expect(jsonLd).not.toHaveProperty('publisher');
    expect(jsonLd).not.toHaveProperty('url');
  });

  it('gives a supplied title as the name, in brackets, and claims no headline', () => {
    const jsonLd = newsArticleJsonLd(untitled, page);
    expect(jsonLd).toMatchObject({ name: '[Putin’s birthday call to Trump]' });
    expect(jsonLd).not.toHaveProperty('headline');
  });
});

describe('jsonForScript', () => {
  it('escapes every "<" so the data cannot close its script element, and still parses', () => {
    const value = { headline: 'Breaking </script><script>alert(1)</script> <!-- news' };
    const text = jsonForScript(value);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(value);
  });
});
