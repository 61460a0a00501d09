/**
 * The two checks `npm run add` and the build share: notes and attributions
 * anchor in their article's text, and the same text is not filed twice.
 */
import { describe, expect, it } from 'vitest';
import { resolveQuoted } from '../../src/lib/citations/notes.ts';
import { fiftyMinuteCall } from '../support/citable-article.ts';
import { duplicateTexts, fingerprintBlocks, sameTextMessage } from '../../src/lib/text/fingerprint.ts';
import { splitArticleBody } from '../../src/lib/text/paragraphs.ts';

const article = fiftyMinuteCall;

describe('resolveQuoted', () => {
  it.each([
    ['notes', { kind: 'caution' as const, note: 'Others say an hour.' }],
    ['attributions', { origin: 'kremlin-readout' }],
  ] as const)('places each of %s at its passage, and reports each it cannot place, with the path of its quote', (field, rest) => {
    const items = ['fifty minutes', 'an hour', 'The call', 'second direct conversation'].map((quote) => ({ quote, ...rest }));
    const { resolved, problems } = resolveQuoted(article, field, items);
    expect(resolved).toEqual([
      { ...items[0], passage: { paragraph: 1, start: 16, end: 29 } },
      { ...items[3], passage: { paragraph: 2, start: 13, end: 39 } },
    ]);
    expect(problems).toEqual([
      { path: [field, 1, 'quote'], message: `${field}[1]: The quote "an hour" is not in "2025-06-14-fifty-minute-call".` },
      {
        path: [field, 2, 'quote'],
        message: `${field}[2]: The quote "The call" occurs more than once in "2025-06-14-fifty-minute-call" (¶1): quote more words so that it is unique.`,
      },
    ]);
  });
});

describe('duplicateTexts', () => {
  const body = (text: string) => fingerprintBlocks(splitArticleBody(text));

  it('finds a text filed again, whatever its typography and line breaks, and names the first', () => {
    const files = [
      { file: 'a.md', fingerprint: body('He said "yes" - twice.\n\nThen he left.\n') },
      { file: 'b.md', fingerprint: body('Another text.\n') },
      { file: 'c.md', fingerprint: body('He said “yes” — twice.\n\n\nThen\nhe left.\n') },
      { file: 'd.md', fingerprint: body('He said "yes" - twice.\n') },
    ];
    expect(duplicateTexts(files, (f) => f.fingerprint)).toEqual([{ item: files[2], first: files[0] }]);
    expect(sameTextMessage('a.md')).toBe('The same text is already in the dossier as a.md.');
  });

  it('texts without paragraphs are no one\'s duplicate', () => {
    const files = [{ fingerprint: body('## Only a heading\n') }, { fingerprint: body('') }, { fingerprint: body('## Only a heading\n') }];
    expect(duplicateTexts(files, (f) => f.fingerprint)).toEqual([]);
  });
});
