/**
 * remark plugin: reads the "Key judgments" list of a topic page. Each item
 * states a confidence and a basis:
 *
 *   - **High confidence.** The judgment, with citations [@id, "words"]. *Basis:* why.
 *
 * Items are marked up for their confidence, and recorded on
 * `file.data.judgments` with the citation uses they carry, so the build can
 * check the confidence against the independence of the sources. An item
 * without a confidence or a basis is an error at its line; a likelihood word
 * in the judgment (not its basis) that is off the ICD 203 scale is a warning
 * at the word.
 */
import type { Root, Heading, List, ListItem, Strong, Emphasis, Paragraph, PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { location } from 'vfile-location';
import { parseCitations } from '../lib/citations/syntax.ts';
import { offScaleLikelihoodMessage, offScaleLikelihoodWords } from '../lib/analysis/estimative-language.ts';
import type { Confidence } from '../lib/analysis/claims.ts';
import type { Judgment } from '../lib/dossier/documents.ts';
import './citation-data.ts';


export interface RemarkJudgmentsOptions {
  /** Lines of the file before the Markdown, to report true line numbers. */
  readonly lineOffset?: number;
}

const HEADING = /^key judg(?:e)?ments$/iu;
const LABEL = /^(high|moderate|low) confidence[.:]?$/iu;
const BASIS = /^basis[.:]?$/iu;

/**
 * The judgment's own words between `start` and `end` of the file, as the file
 * has them (smart punctuation changes only the tree), with its citations
 * blanked out, since their quotes are the articles' words. The blanks keep the
 * length, so an offset in the result plus `start` is an offset in the file.
 */
function ownWordsInSource(source: string, start: number, end: number): string {
  let text = source.slice(start, end);
  for (const group of parseCitations(text).groups) {
    text = text.slice(0, group.start) + text.slice(group.start, group.end).replace(/[^\n]/gu, ' ') + text.slice(group.end);
  }
  return text;
}

function isKeyJudgmentsHeading(node: unknown): node is Heading {
  return (node as Heading)?.type === 'heading' && HEADING.test(toString(node as Heading).trim());
}

export default function remarkJudgments(options: RemarkJudgmentsOptions = {}) {
  const lineOffset = options.lineOffset ?? 0;
  return (tree: Root, file: VFile) => {
    const judgments: Judgment[] = [];
    const source = String(file.value);
    const positions = location(file);
    const fail = (message: string, node: ListItem) => {
      const m = file.message(message, { place: { line: (node.position?.start.line ?? 1) + lineOffset, column: node.position?.start.column ?? 1 }, ruleId: 'judgment', source: 'remark-judgments' });
      m.fatal = true;
    };

    const headingIndex = tree.children.findIndex(isKeyJudgmentsHeading);
    const list = headingIndex === -1 ? undefined : tree.children.slice(headingIndex + 1).find((n) => n.type === 'list' || n.type === 'heading');
    if (!list || list.type !== 'list') {
      file.data.judgments = judgments;
      return;
    }
    for (const item of (list as List).children) {
      const paragraph = item.children[0] as Paragraph | undefined;
      const first = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
      const label = first?.type === 'strong' ? LABEL.exec(toString(first as Strong).trim()) : null;
      if (!paragraph || !label) {
        fail('A key judgment must start with its confidence: **High confidence.**, **Moderate confidence.** or **Low confidence.**', item);
        continue;
      }
      const basisAt = paragraph.children.findIndex((n) => n.type === 'emphasis' && BASIS.test(toString(n as Emphasis).trim()));
      const basis = basisAt === -1 ? '' : paragraph.children.slice(basisAt + 1).map((n) => toString(n)).join('').trim();
      if (basis === '') {
        fail('A key judgment must end with its basis: *Basis:* why this confidence.', item);
        continue;
      }
      const uses: number[] = [];
      visit(item, (node) => {
        const found = (node.data as { uses?: number[] } | undefined)?.uses;
        if (found) uses.push(...found);
      });
      const body = paragraph.children.slice(1, basisAt) as PhrasingContent[];
      const textStart = (first as Strong).position?.end.offset;
      const textEnd = paragraph.children[basisAt]!.position?.start.offset;
      if (textStart !== undefined && textEnd !== undefined) {
        for (const { word, offset } of offScaleLikelihoodWords(ownWordsInSource(source, textStart, textEnd))) {
          const point = positions.toPoint(textStart + offset)!;
          file.message(offScaleLikelihoodMessage(word), { place: { line: point.line + lineOffset, column: point.column }, ruleId: 'estimative-language', source: 'remark-judgments' });
        }
      }
      const confidence = label[1]!.toLowerCase() as Confidence;
      judgments.push({
        confidence,
        text: body.map((n) => toString(n)).join('').replace(/\s+/gu, ' ').trim(),
        basis,
        uses,
        line: (item.position?.start.line ?? 1) + lineOffset,
        column: item.position?.start.column ?? 1,
      });
      const data = (item.data ??= {});
      data.hProperties = { ...(data.hProperties as object), className: ['judgment', `judgment-${confidence}`] };
      const labelData = ((first as Strong).data ??= {});
      labelData.hProperties = { className: ['confidence', `confidence-${confidence}`] };
    }
    file.data.judgments = judgments;
  };
}
