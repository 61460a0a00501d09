/**
 * Splitting YAML frontmatter from the text after it, keeping where each part
 * starts so that messages can name the line and column of the file.
 * The one frontmatter reader: content files, `npm run add` and tests use it.
 *
 * gray-matter finds the closing fence and hands the YAML to its engine, which
 * is the `yaml` package's parser: its nodes keep their offsets, counted from
 * the start of `yaml`, which `yamlOffset` turns into offsets of the file.
 * The fences are stricter than gray-matter's: each is a line of its own,
 * `---` with nothing but blanks after it, so that a `--- end` line is an
 * unclosed frontmatter, and a `---js` line (gray-matter's JavaScript engine,
 * which evaluates the text) is no frontmatter at all.
 */
import matter from 'gray-matter';
import { Document, parseDocument } from 'yaml';
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
      /** The YAML parsed; offsets of its nodes and errors are offsets in `yaml`. */
      readonly document: Document;
      /** Offset of the YAML in the text. */
      readonly yamlOffset: number;
      /** Everything after the closing `---` line. */
      readonly body: string;
      /** Offset of the body in the text. */
      readonly bodyOffset: number;
      /** 1-based line of the text on which the body starts. */
      readonly bodyLine: number;
    };

/** The one way a YAML text of the dossier is parsed: a repeated key is an error, and messages stay one line. */
export const parseYaml = (yaml: string): Document => parseDocument(yaml, { prettyErrors: false, uniqueKeys: true });

const OPENING = /^---[ \t]*\r?\n/u;
/** What follows the dashes of the closing fence on its line, and the line break. */
const CLOSING_REST = /^[ \t]*(?:\r?\n|$)/u;
const FENCE = '---';

/** gray-matter's `matter` starts with the rest of the opening line and ends before the `\n` of the closing one. */
const yamlOfMatter = (rawMatter: string): string => rawMatter.replace(/^[ \t]*\r?\n/u, '').replace(/\r$/u, '');

const refuse = (): never => {
  throw new Error('Frontmatter is YAML only.');
};

/**
 * Always given options, so gray-matter neither reads nor fills its cache (it
 * keys it by the text and hands back the same object); the engines other
 * than YAML are unreachable behind the bare opening fence, and refuse anyway.
 */
const OPTIONS = {
  language: 'yaml',
  engines: {
    yaml: { parse: (rawMatter: string) => parseYaml(yamlOfMatter(rawMatter)) as object },
    javascript: { parse: refuse },
    json: { parse: refuse },
  },
};

/** Splits `text` into YAML frontmatter between two `---` lines and the body after it. */
export function splitFrontmatter(text: string): FrontmatterSplit {
  const opening = OPENING.exec(text);
  if (!opening) return { kind: 'none' };
  const file = matter(text, OPTIONS);
  // gray-matter's matter runs to the end of the text when no line starts with `---`.
  const closing = FENCE.length + file.matter.length;
  if (closing >= text.length) return { kind: 'unclosed' };
  const rest = CLOSING_REST.exec(text.slice(closing + 1 + FENCE.length));
  if (!rest) return { kind: 'unclosed' };
  const yaml = yamlOfMatter(file.matter);
  const bodyOffset = closing + 1 + FENCE.length + rest[0].length;
  return {
    kind: 'closed',
    yaml,
    // gray-matter skips its engine when the frontmatter is blank or only comments.
    document: file.data instanceof Document ? file.data : parseYaml(yaml),
    yamlOffset: opening[0].length,
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
