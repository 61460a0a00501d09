import { describe, expect, it } from 'vitest';
import { normalizeTypography, normalizeWithMap, originalRange } from '../../src/lib/text/normalize.ts';

describe('normalizeTypography', () => {
  it.each([
    ['curly double quotes', '\u201CWe both agree\u201D', '"We both agree"'],
    ['curly apostrophe', 'Trump\u2019s 79th birthday', "Trump's 79th birthday"],
    ['low and reversed quotes', '\u201Eja\u201C \u201Bx\u2032', '"ja" \'x\''],
    ['guillemets', '\u00ABoui\u00BB', '"oui"'],
    ['en dash', 'Israel\u2013Iran', 'Israel-Iran'],
    ['em dash', 'war\u2014now', 'war-now'],
    ['minus sign', '\u22125', '-5'],
    ['non-breaking space', 'U.S.\u00A0President', 'U.S. President'],
    ['narrow no-break space', '40\u202Fhours', '40 hours'],
    ['repeated whitespace and newlines', 'the  war\n\tmust   stop', 'the war must stop'],
    ['edges trimmed', '  hello  ', 'hello'],
    ['ellipsis (NFKC)', 'and so\u2026', 'and so...'],
    ['ligature (NFKC)', '\uFB01nal', 'final'],
    ['full-width letters (NFKC)', '\uFF21\uFF22', 'AB'],
    ['soft hyphen and zero-width space dropped', 'in\u00ADter\u200Bnational', 'international'],
    ['case is kept', 'Putin PUTIN', 'Putin PUTIN'],
    ['other punctuation is kept', 'a, b; c.', 'a, b; c.'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeTypography(input)).toBe(expected);
  });
});

describe('normalizeWithMap', () => {
  it('maps each normalised character back to its original index', () => {
    const original = 'a \u00A0 \u201Cb\u201D';
    const normalized = normalizeWithMap(original);
    expect(normalized.text).toBe('a "b"');
    expect(normalized.map).toEqual([0, 1, 4, 5, 6, 7]);
  });

  it('maps plain ASCII, copied in runs, character by character: single spaces kept, a doubled and a last one dropped, the backtick an apostrophe', () => {
    const normalized = normalizeWithMap('ab cd  e`f ');
    expect(normalized.text).toBe("ab cd e'f");
    expect(normalized.map).toEqual([0, 1, 2, 3, 4, 5, 7, 8, 9, 11]);
    expect(normalizeTypography('ab cd  e`f ')).toBe(normalized.text);
  });

  it('maps a range back to the original text, without surrounding spaces', () => {
    const original = 'He said \u201Cthe war must  end\u201D today.';
    const normalized = normalizeWithMap(original);
    const at = normalized.text.indexOf('the war must end');
    const range = originalRange(normalized, at, at + 'the war must end'.length, original);
    expect(original.slice(range.start, range.end)).toBe('the war must  end');
  });
});
