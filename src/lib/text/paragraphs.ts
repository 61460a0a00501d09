/**
 * An article body is plain text: blocks separated by blank lines. A block is
 * a numbered paragraph, unless it is a Markdown ATX heading (`## Subhead`),
 * which many news pages carry between paragraphs and which readers expect to
 * see as a heading rather than as a numbered passage.
 */

/** One block of an article body. */
export type ArticleBlock =
  | {
      readonly kind: 'paragraph';
      /** 1-based paragraph number, the `¶` readers and citations use. */
      readonly number: number;
      /** The paragraph's text, with its lines joined by single spaces. */
      readonly text: string;
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
    paragraphNumber += 1;
    blocks.push({
      kind: 'paragraph',
      number: paragraphNumber,
      text: pending.map((l) => l.trim()).join(' '),
      line: pendingLine,
    });
    pending = [];
  };

  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.trim() === '') {
      flush();
      return;
    }
    const heading = pending.length === 0 ? HEADING.exec(line.trim()) : null;
    if (heading) {
      blocks.push({
        kind: 'heading',
        depth: Math.max(2, heading[1]!.length),
        text: heading[2]!,
        line: lineNumber,
      });
      return;
    }
    if (pending.length === 0) pendingLine = lineNumber;
    pending.push(line);
  });
  flush();
  return blocks;
}
