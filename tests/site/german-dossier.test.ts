/**
 * Any language: a dossier whose `language` is German (the fixture
 * tests/fixtures/dossiers/de-hafen) shows its whole interface in German.
 * Every page's text, hidden text for screen readers, labels, titles,
 * placeholders, search filter values and the strings it hands its scripts
 * are read against the English table: no English UI string is left, only
 * those the two tables share (a name such as "Person").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import en from '../../src/translations/en.json' with { type: 'json' };
import de from '../../src/translations/de.json' with { type: 'json' };
import { htmlFiles, readPage } from '../support/html.ts';

const dist = inject('germanDist');

/** The attributes whose words a reader sees or hears. */
const READ_ATTRIBUTES = ['ariaLabel', 'title', 'placeholder', 'alt', 'dataValue'] as const;

/** What a page says: its text (hidden text included), the words of its attributes, its description, and the strings its scripts are given. */
function pageWords(tree: Root): string[] {
  const words: string[] = [];
  visit(tree, 'element', (node: Element) => {
    for (const attribute of READ_ATTRIBUTES) {
      const value = node.properties[attribute];
      if (typeof value === 'string') words.push(value);
    }
    if (node.tagName === 'meta' && node.properties['name'] === 'description') words.push(String(node.properties['content']));
  });
  for (const block of selectAll('script[data-ui-strings]', tree)) {
    const { messages } = JSON.parse(toText(block)) as { messages: Record<string, string | Record<string, string>> };
    for (const message of Object.values(messages)) words.push(...(typeof message === 'string' ? [message] : Object.values(message)));
  }
  for (const hidden of selectAll('script, style', tree)) hidden.children = [];
  words.push(toText(tree, { whitespace: 'pre' }));
  return words;
}

/** The texts of a table's messages, plural forms apart. */
const textsOf = (table: Record<string, unknown>): string[] =>
  Object.entries(table).filter(([key]) => key !== 'format.locale').flatMap(([, m]) => (typeof m === 'string' ? [m] : Object.values(m as Record<string, string>)));

/**
 * The English words that must not show on a German page: each English
 * message's literal parts (its text between placeholders) that hold a word,
 * unless German says it the same (a message, or a part, found in the German table).
 */
function englishFragments(): string[] {
  const german = textsOf(de).join('\n');
  return [...new Set(textsOf(en).flatMap((text) => text.split(/\{\w+\}/u)).map((part) => part.trim()))]
    .filter((part) => /\p{L}{2}/u.test(part) && !german.includes(part))
    .sort();
}

/** Whether `fragment` occurs as whole words in `text`: "Cited" in "Cited 3", not "Index" in "Indexe". */
const occursIn = (fragment: string, text: string): boolean =>
  new RegExp(`(?<![\\p{L}])${fragment.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'u').test(text);

describe('a German dossier (tests/fixtures/dossiers/de-hafen)', () => {
  const pages = htmlFiles(dist).sort();

  it('builds every kind of page', () => {
    expect(pages).toEqual(expect.arrayContaining([
      'index.html', 'claims/index.html', 'claims/kaimauer/index.html', 'timeline/index.html', 'search/index.html', 'print/index.html', 'print/briefing/index.html', 'print/topics/kaimauer/index.html', 'entities/index.html',
      'entities/anja-reimers/index.html', 'sources/index.html', 'sources/2026-02-03-rat-beschliesst-sanierung/index.html', 'topics/kaimauer/index.html',
    ]));
  });

  it('shows no English UI string on any page: text, hidden text, labels, titles, placeholders, filter values, script strings', () => {
    const fragments = englishFragments();
    // The check has something to find: the English table's words are many, and an English dossier's pages (harbour) show them.
    expect(fragments.length).toBeGreaterThan(150);
    const englishHome = pageWords(readPage(inject('harbourDist'), '')).join('\n');
    expect(fragments.filter((fragment) => occursIn(fragment, englishHome)).length).toBeGreaterThan(20);
    const found = pages.flatMap((page) => {
      const words = pageWords(fromHtml(readFileSync(path.join(dist, page), 'utf8'))).join('\n');
      return fragments.filter((fragment) => occursIn(fragment, words)).map((fragment) => `${page}: "${fragment}"`);
    });
    expect(found).toEqual([]);
  });

  it('is marked as German and writes dates, counts and plurals in German', () => {
    const home = readPage(dist, '');
    expect(select('html', home)!.properties['lang']).toBe('de');
    expect(toText(select('.site-footer', home)!).trim()).toMatch(/^Der Streit um den Fischereihafen Brakmund\. Zuletzt aktualisiert am 20\. Februar 2026\. /u);
    expect(toText(select('.page-meta', home)!).replace(/\s+/gu, ' ').trim()).toBe('Informationsstand: 14. Februar 2026 · Zuletzt aktualisiert am 20. Februar 2026 · 2 Themen · 3 Quellen · Das Lagebild drucken');
    expect(selectAll('nav[aria-label="Website"] a', home).map((a) => toText(a))).toEqual(['Lagebild', 'Aussagen', 'Zeitleiste', 'Register', 'Suche']);
    const timeline = readPage(dist, 'timeline/');
    expect(selectAll('.timeline-date', timeline).map((d) => toText(d))).toEqual(['2. Februar 2026', '4. Februar 2026', 'Februar 2026 (Tag unbekannt)']);
  });

  it('names statuses, reasons and origins in German in the claims ledger, and the search filters by German values', () => {
    const contents = readPage(dist, 'claims/');
    expect(selectAll('.status-legend dt', contents).map((dt) => toText(dt))).toEqual(['Widersprüchlich (1)', 'Vereinbar (1)']);
    expect(toText(select('.page-summary', contents)!)).toMatch(/^2 Aussagen zu 1 Thema, jedes Thema auf einer eigenen Seite\. /u);
    expect(selectAll('.ledger-contents thead th', contents).map((th) => toText(th))).toEqual(['Thema', 'Aussagen', 'Widersprüchlich', 'Vereinbar']);
    expect(selectAll('.ledger-contents tbody tr', contents).map((tr) => toText(tr).replace(/\s+/gu, ' ').trim())).toEqual(['Die Sanierung der Kaimauer 2 Aussagen 1 Widersprüchlich 1 Vereinbar']);
    const part = readPage(dist, 'claims/kaimauer/');
    expect(selectAll('.page-meta a', part).map((a) => toText(a))).toEqual(['Alle Themen des Registers', 'Themenseite: Die Sanierung der Kaimauer']);
    expect(toText(select('.claim-compatible', part)!)).toMatch(/^Alle vereinbar \(Rundung\): /u);
    expect(selectAll('[data-pagefind-filter^="status"]', part).map((s) => s.properties['dataValue'])).toEqual(['Widersprüchlich', 'Vereinbar']);
    expect(select('[data-pagefind-filter^="type"]', part)!.properties['dataValue']).toBe('Aussage');
  });

  it('gives its scripts their strings in German, with the locale for numbers and plurals', () => {
    const search = readPage(dist, 'search/');
    const { locale, messages } = JSON.parse(toText(select('script[data-ui-strings]', search)!)) as { locale: string; messages: Record<string, unknown> };
    expect(locale).toBe('de-DE');
    expect(messages['search.results']).toEqual({ one: '{count} Treffer für „{term}“.', other: '{count} Treffer für „{term}“.' });
  });
});
