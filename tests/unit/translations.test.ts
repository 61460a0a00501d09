/** The UI string tables (src/translations/) and the module that formats them. */
import { describe, expect, it } from 'vitest';
import en from '../../src/translations/en.json' with { type: 'json' };
import de from '../../src/translations/de.json' with { type: 'json' };
import { tableLanguage, uiFor } from '../../src/lib/i18n/ui.ts';
import { messageFormatter } from '../../src/lib/i18n/messages.ts';

const placeholders = (message: unknown): string[] =>
  [...new Set(Object.values(typeof message === 'string' ? { other: message } : (message as Record<string, string>)).flatMap((text) => [...text.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]!)))].sort();

describe('the UI string tables', () => {
  it('English and German have the same keys, each message of the same kind (text or plural)', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const [key, message] of Object.entries(en)) expect([key, typeof de[key as keyof typeof de]]).toEqual([key, typeof message]);
  });

  it('each German message fills the same placeholders as its English one', () => {
    for (const [key, message] of Object.entries(en)) {
      if (key === 'format.locale') continue;
      expect([key, placeholders(de[key as keyof typeof de])]).toEqual([key, placeholders(message)]);
    }
  });

  it('names the citation panel’s step buttons with their visible words (WCAG 2.5.3, label in name)', () => {
    for (const table of [en, de]) {
      for (const step of ['previous', 'next'] as const) {
        const shown = table[`panel.${step}Button`].replace(/[←→]/gu, '').trim();
        expect(table[`panel.${step}`]).toContain(shown);
      }
    }
  });

  it('every plural message has the categories its language needs', () => {
    for (const [language, table] of [['en', en], ['de', de]] as const) {
      const categories = new Intl.PluralRules(table['format.locale']).resolvedOptions().pluralCategories;
      for (const [key, message] of Object.entries(table)) {
        if (typeof message === 'string') continue;
        expect([language, key, categories.every((c) => c in message)]).toEqual([language, key, true]);
      }
    }
  });
});

describe('uiFor', () => {
  it('picks the table by the exact tag, then the primary language, else none (English strings)', () => {
    expect(['de', 'de-CH', 'en-US', 'fr'].map(tableLanguage)).toEqual(['de', 'de', 'en', undefined]);
    expect(uiFor('fr').text('nav.search')).toBe('Search');
    expect(uiFor('de-CH').text('nav.search')).toBe('Suche');
  });

  it('formats dates and numbers in the table’s usual locale, or in the region the tag names', () => {
    expect(uiFor('en').date('2025-06-14')).toBe('14 June 2025');
    expect(uiFor('de').date('2025-06-14')).toBe('14. Juni 2025');
    expect(uiFor('de').date('2025-06')).toBe('Juni 2025');
    expect(uiFor('de').date('unknown')).toBe('Undatiert');
    expect(uiFor('de').timelineDate('2025-06-13/2025-06-14')).toBe('13.–14. Juni 2025');
    expect(uiFor('en-US').date('2025-06-14')).toBe('June 14, 2025');
    expect([uiFor('en').number(1234), uiFor('de').number(1234)]).toEqual(['1,234', '1.234']);
  });

  it('chooses plural forms by the language’s rules', () => {
    const german = uiFor('de');
    expect([0, 1, 2, 1500].map((n) => german.count('count.source', n))).toEqual(['0 Quellen', '1 Quelle', '2 Quellen', '1.500 Quellen']);
  });

  it('cuts a message at a placeholder, for an element to go there', () => {
    expect(uiFor('de').around('site.footer', 'date', { title: 'Hafen' })).toEqual(['Hafen. Zuletzt aktualisiert am ', '.']);
  });
});

describe('messageFormatter', () => {
  it('leaves a placeholder with no value as it is', () => {
    expect(messageFormatter('en-GB').fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
