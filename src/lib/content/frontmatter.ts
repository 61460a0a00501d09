/**
 * Splitting YAML frontmatter from the text after it, keeping where each part
 * starts so that messages can name the line and column of the file.
 * The one frontmatter reader: content files, `npm run add` and tests use it.
 */
import { location } from 'vfile-location';

export type FrontmatterSplit =
  /** The text does not start with a `---` line: it is all body. */
  | { readonly kind: 'none' }
  /** It starts with a `---` line that no later `---` line closes. */
  | { readonly kind: 'unclosed' }
  | {
      readonly kind: 'closed';
      /** The YAML between the two `---` lines, without the line break that ends its last line. */
      readonly yaml: string;
      /** Offset of the YAML in the text. */
      readonly yamlOffset: number;
      /** Everything after the closing `---` line. */
      readonly body: string;
      /** Offset of the body in the text. */
      readonly bodyOffset: number;
      /** 1-based line of the text on which the body starts. */
      readonly bodyLine: number;
    };

const OPENING = /^---[ \t]*\r?\n/u;
/** A line `---` (trailing blanks allowed), at the end of the text or followed by its line break. */
const CLOSING = /(?<=\n)---[ \t]*(?:\r?\n|$)/gu;

/** Splits `text` into YAML frontmatter between two `---` lines and the body after it. */
export function splitFrontmatter(text: string): FrontmatterSplit {
  const opening = OPENING.exec(text);
  if (!opening) return { kind: 'none' };
  const yamlOffset = opening[0].length;
  CLOSING.lastIndex = yamlOffset;
  const closing = CLOSING.exec(text);
  if (!closing) return { kind: 'unclosed' };
  const bodyOffset = closing.index + closing[0].length;
  // An error at the end of the YAML is then placed at the end of its last line, not on the fence.
  const yamlEnd = Math.max(yamlOffset, closing.index - (text[closing.index - 2] === '\r' ? 2 : 1));
  return {
    kind: 'closed',
    yaml: text.slice(yamlOffset, yamlEnd),
    yamlOffset,
    body: text.slice(bodyOffset),
    bodyOffset,
    bodyLine: location(text).toPoint(bodyOffset)!.line,
  };
}

/** The text after the frontmatter, or the whole text when it has none (or an unclosed one). */
export function bodyOf(text: string): string {
  const split = splitFrontmatter(text);
  return split.kind === 'closed' ? split.body : text;
}
