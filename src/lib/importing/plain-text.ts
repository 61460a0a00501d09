/**
 * Turning received text into an article body: one paragraph per block,
 * blocks separated by one blank line, subheads as `## Subhead`. The words
 * are never changed; only line breaks and surrounding spaces are.
 */
import { textAsArticleMarkup } from '../text/inline-html.ts';

/** One block of an imported article. */
export type ImportedBlock = { readonly kind: 'paragraph' | 'heading'; readonly text: string };

const SENTENCE_END = /[.!?:;…,]$/u;
const CLOSING_QUOTES = /["'\u2019\u201D\u00BB)\]]+$/u;

/**
 * A subhead as news pages print them: one short line in title case with no
 * closing punctuation, followed by more text. Anything else is a paragraph.
 */
export function looksLikeSubhead(line: string, isLast: boolean): boolean {
  if (isLast) return false;
  const words = line.split(/\s+/u);
  if (line.length > 100 || words.length > 14 || words.length < 2) return false;
  const end = line.replace(CLOSING_QUOTES, '');
  if (SENTENCE_END.test(end) || SENTENCE_END.test(line)) return false;
  const significant = words.filter((w) => /^[\p{L}‘'“"]*\p{L}{4,}/u.test(w));
  const capitalised = significant.filter((w) => /^[‘'“"]?\p{Lu}/u.test(w));
  return significant.length > 0 && capitalised.length / significant.length >= 0.6;
}

/**
 * Splits plain text into blocks. Text with blank lines between paragraphs is
 * split on them (and hard-wrapped lines are joined); text without any blank
 * line, as many feeds deliver it, has one paragraph per line.
 */
export function blocksFromPlainText(text: string): ImportedBlock[] {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n').map((l) => l.replace(/[ \t\u00A0]+$/u, ''));
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  const hasBlankLines = lines.some((l) => l.trim() === '');
  const chunks: string[] = [];
  if (hasBlankLines) {
    let current: string[] = [];
    for (const line of lines) {
      if (line.trim() === '') {
        if (current.length > 0) chunks.push(current.map((l) => l.trim()).join(' '));
        current = [];
      } else current.push(line);
    }
    if (current.length > 0) chunks.push(current.map((l) => l.trim()).join(' '));
  } else {
    chunks.push(...lines.map((l) => l.trim()).filter((l) => l !== ''));
  }
  return chunks.map((chunk, i) => ({
    kind: looksLikeSubhead(chunk, i === chunks.length - 1) ? 'heading' : 'paragraph',
    text: chunk,
  }));
}

/**
 * Writes blocks as an article body. Their text is text, whatever it holds:
 * it is escaped, so that the page, the index and the quote check all see the
 * words as received (src/lib/text/inline-html.ts).
 */
export function bodyFromBlocks(blocks: readonly ImportedBlock[]): string {
  return `${blocks.map((b) => (b.kind === 'heading' ? `## ${textAsArticleMarkup(b.text)}` : textAsArticleMarkup(b.text))).join('\n\n')}\n`;
}
