/**
 * An article body is plain text: blocks separated by blank lines. A block is
 * a numbered paragraph, unless it is a Markdown ATX heading (`## Subhead`),
 * which many news pages carry between paragraphs and which readers expect to
 * see as a heading rather than as a numbered passage. Raw HTML in a block is
 * sanitised (see inline-html.ts); a block left with no visible text is no
 * paragraph, since a reader could not see it.
 */
import type { ElementContent } from 'hast';
import { parseInlineHtml } from './inline-html.ts';

/** One block of an article body. */
export type ArticleBlock =
  | {
      readonly kind: 'paragraph';
      /** 1-based paragraph number, the `¶` readers and citations use. */
      readonly number: number;
      /** The text a reader sees, with its lines joined by single spaces. */
      readonly text: string;
      /** The paragraph's sanitised markup, when it has any; its text nodes spell `text`. */
      readonly content?: readonly ElementContent[];
      /** 1-based line in the body where the paragraph starts. */
      readonly line: number;
    }
  | {
      readonly kind: 'heading';
      /** Heading depth, 2 to 6 (a level-1 heading would compete with the page title). */
      readonly depth: number;
      readonly text: string;
      readonly line: number;
    };

const HEADING = /^(#{1,6})[ \t]+(.+?)[ \t#]*$/u;

/** Splits an article body into headings and numbered paragraphs. */
export function splitArticleBody(body: string): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  const lines = body.replace(/\r\n?/gu, '\n').split('\n');
  let pending: string[] = [];
  let pendingLine = 0;
  let paragraphNumber = 0;

  const flush = () => {
    if (pending.length === 0) return;
    const { text, content } = parseInlineHtml(pending.map((l) => l.trim()).join(' '));
    pending = [];
    if (text.trim() === '') return;
    paragraphNumber += 1;
    blocks.push({ kind: 'paragraph', number: paragraphNumber, text, ...(content ? { content } : {}), line: pendingLine });
  };

  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.trim() === '') {
      flush();
      return;
    }
    const heading = pending.length === 0 ? HEADING.exec(line.trim()) : null;
    if (heading) {
      const { text } = parseInlineHtml(heading[2]!);
      if (text.trim() !== '') blocks.push({ kind: 'heading', depth: Math.max(2, heading[1]!.length), text, line: lineNumber });
      return;
    }
    if (pending.length === 0) pendingLine = lineNumber;
    pending.push(line);
  });
  flush();
  return blocks;
}
