/**
 * remark plugin: reads `[@id, "quote"]` citations while Markdown is parsed
 * (a micromark syntax extension), so that a citation is one node of the tree
 * before any other plugin runs: smart punctuation never changes its quote
 * marks, emphasis beside or inside it cannot cut it, and the grammar
 * (src/lib/citations/syntax.ts) sees the file's own characters. Inside a
 * citation nothing is Markdown but backslash escapes and character
 * references, as in a link's title: `\<` is a "<", and `*words*` are the
 * words with their asterisks, as a source would print them.
 *
 * A `[@` that does not follow the grammar stays text, and its problem is a
 * fatal message at its line and column.
 */
import type { Root, Literal, Text } from 'mdast';
import type { VFile } from 'vfile';
import type { Processor } from 'unified';
import type { Code, Construct, Extension, State, Tokenizer } from 'micromark-util-types';
import type { CompileContext, Extension as FromMarkdownExtension, Token } from 'mdast-util-from-markdown';
import { decodeString } from 'micromark-util-decode-string';
import { visit } from 'unist-util-visit';
import { location } from 'vfile-location';
import { parseCitationGroup, parseCitations, type CitationGroup } from '../lib/citations/syntax.ts';

/** A citation group as written, parsed. */
export interface Citation extends Literal {
  readonly type: 'citation';
  /** The group as the file has it, escapes and character references decoded. */
  value: string;
  /** Its items; offsets are in `value`. */
  group: CitationGroup;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    citation: Citation;
  }
  interface RootContentMap {
    citation: Citation;
  }
}

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    citation: 'citation';
  }
}

export interface RemarkCitationSyntaxOptions {
  /** Lines of the file that come before the Markdown, e.g. frontmatter, to report true line numbers. */
  readonly lineOffset?: number;
}

const LEFT_BRACKET = 91;
const RIGHT_BRACKET = 93;
const AT = 64;
const TAB = -2;
const VIRTUAL_SPACE = -1;
/** micromark's codes for CR LF, LF and CR. */
const isLineEnding = (code: Code): boolean => code !== null && code >= -5 && code <= -3;
const isSpace = (code: Code): boolean => code === 32 || code === TAB || code === VIRTUAL_SPACE || isLineEnding(code);

/**
 * Takes the text from `[` up to the first `]` at which the grammar reads a
 * whole group. A `[` that starts no citation falls back to the other
 * constructs (a link, plain text).
 */
const tokenizeCitation: Tokenizer = function (effects, ok, nok) {
  let written = '';

  const take = (code: Code): void => {
    if (isLineEnding(code)) {
      effects.enter('lineEnding');
      effects.consume(code);
      effects.exit('lineEnding');
      written += '\n';
      return;
    }
    effects.consume(code);
    // A tab comes as a tab and then virtual spaces up to its stop; the file has only the tab.
    if (code !== VIRTUAL_SPACE) written += code === TAB ? '\t' : String.fromCodePoint(code!);
  };

  const inside: State = (code) => {
    if (code === null) return nok(code);
    take(code);
    if (code !== RIGHT_BRACKET) return inside;
    const parsed = parseCitationGroup(decodeString(written), 0);
    if (!('group' in parsed) || parsed.group.end !== decodeString(written).length) return inside;
    effects.exit('citation');
    return ok;
  };

  const beforeAt: State = (code) => {
    if (code === AT) return inside(code);
    if (!isSpace(code)) return nok(code);
    take(code);
    return beforeAt;
  };

  return (code) => {
    effects.enter('citation');
    take(code);
    return beforeAt;
  };
};

const citationConstruct: Construct = { name: 'citation', tokenize: tokenizeCitation };

/** The micromark extension: a citation comes before a link's `[`. */
export const citationSyntax: Extension = { text: { [LEFT_BRACKET]: citationConstruct } };

/** The mdast-util-from-markdown extension: the token becomes a `citation` node. */
export const citationFromMarkdown: FromMarkdownExtension = {
  enter: {
    citation(this: CompileContext, token: Token) {
      this.enter({ type: 'citation', value: '', group: { start: 0, end: 0, items: [] } } as Citation as never, token);
    },
  },
  exit: {
    citation(this: CompileContext, token: Token) {
      const node = this.stack.at(-1) as unknown as Citation;
      node.value = decodeString(this.sliceSerialize(token));
      const parsed = parseCitationGroup(node.value, 0);
      if ('group' in parsed) node.group = parsed.group;
      this.exit(token);
    },
  },
};

export default function remarkCitationSyntax(this: Processor, options: RemarkCitationSyntaxOptions = {}) {
  const { lineOffset = 0 } = options;
  const data = this.data();
  (data.micromarkExtensions ??= []).push(citationSyntax);
  (data.fromMarkdownExtensions ??= []).push(citationFromMarkdown);

  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    const positions = location(file);
    visit(tree, 'text', (node: Text) => {
      const { errors } = parseCitations(node.value);
      if (errors.length === 0) return;
      // The node's value is the file's text but for escapes and references: a problem is placed at its `[` in the file.
      const start = node.position?.start.offset ?? 0;
      const openings = [...source.slice(start, node.position?.end.offset ?? source.length).matchAll(/\[\s*@/gu)].map((m) => m.index);
      const valueOpenings = [...node.value.matchAll(/\[\s*@/gu)].map((m) => m.index);
      for (const error of errors) {
        const ordinal = valueOpenings.filter((o) => o <= error.offset).length - 1;
        const point = positions.toPoint(start + (openings[ordinal] ?? error.offset)) ?? { line: 1, column: 1 };
        const message = file.message(error.message, { place: { line: point.line + lineOffset, column: point.column }, ruleId: 'citation-syntax', source: 'remark-citations' });
        message.fatal = true;
      }
    });
  };
}
