/**
 * remark plugin: reads the "Key judgments" list of a topic page. Each item
 * states a confidence and a basis:
 *
 *   - **High confidence.** The judgment, with citations [@id, "words"]. *Basis:* why. {#judgment-id}
 *
 * The `{#id}` at the end gives the judgment a stable id: the item's fragment
 * (`judgment-<id>`), and the name its dated changes (`judgment_history` in the
 * frontmatter) go by; they are listed under it. A missing id is a warning, a
 * repeated one an error. Items are marked up for their confidence, and recorded on
 * `file.data.judgments` with the citation uses they carry, so the build can
 * check the confidence against the independence of the sources. An item
 * without a confidence or a basis is an error at its line; a likelihood word
 * in the judgment (not its basis) that is off the ICD 203 scale is a warning
 * at the word.
 */
import type { Root, Heading, List, ListItem, Strong, Emphasis, Paragraph, Text } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { location } from 'vfile-location';
import { parseCitations } from '../lib/citations/syntax.ts';
import { offScaleLikelihoodMessage, offScaleLikelihoodWords } from '../lib/analysis/estimative-language.ts';
import type { Confidence } from '../lib/analysis/claims.ts';
import type { Judgment } from '../lib/dossier/documents.ts';
import type { JudgmentChange } from '../schemas/topic.ts';
import { JUDGMENT_ID_MARKER, describeJudgmentHistory, judgmentFragmentId } from '../lib/analysis/judgment-history.ts';
import './citation-data.ts';


export interface RemarkJudgmentsOptions {
  /** Lines of the file before the Markdown, to report true line numbers. */
  readonly lineOffset?: number;
  /** Dated changes to the judgments, by judgment id. */
  readonly history?: readonly JudgmentChange[];
  /** The dossier's language (BCP 47), whose hedges the estimative-language check knows, if any. */
  readonly language?: string;
}

/** The list of judgments: a topic's "Key judgments", the briefing's "Bottom line". */
const HEADING = /^(?:key judg(?:e)?ments|bottom line)$/iu;
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

/**
 * Removes the `{#id}` that ends a judgment's paragraph from the tree, and
 * returns the id with the offset of the marker in the file.
 */
function takeId(paragraph: Paragraph, source: string): { id: string; offset: number; claims?: readonly string[] } | undefined {
  const last = paragraph.children.at(-1);
  const start = paragraph.position?.start.offset;
  const end = paragraph.position?.end.offset;
  if (last?.type !== 'text' || start === undefined || end === undefined) return undefined;
  const inSource = JUDGMENT_ID_MARKER.exec(source.slice(start, end));
  const inTree = JUDGMENT_ID_MARKER.exec(last.value);
  if (!inSource || !inTree) return undefined;
  last.value = last.value.slice(0, inTree.index);
  return { id: inSource[1]!, offset: start + inSource.index + inSource[0].indexOf('{'), ...(inSource[2] ? { claims: inSource[2].split(',') } : {}) };
}

/** The changes of a judgment, one sentence each, as a list under it. */
function historyList(sentences: readonly string[]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    data: { hProperties: { className: ['judgment-history'] } },
    children: sentences.map((text) => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: [{ type: 'text', value: text } satisfies Text] }],
    })),
  };
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
    const placeOf = (node: ListItem) => ({ line: (node.position?.start.line ?? 1) + lineOffset, column: node.position?.start.column ?? 1 });
    const fail = (message: string, place: { line: number; column: number }) => {
      const m = file.message(message, { place, ruleId: 'judgment', source: 'remark-judgments' });
      m.fatal = true;
    };
    const seenIds = new Set<string>();

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
        fail('A key judgment must start with its confidence: **High confidence.**, **Moderate confidence.** or **Low confidence.**', placeOf(item));
        continue;
      }
      const id = takeId(paragraph, source);
      const basisAt = paragraph.children.findIndex((n) => n.type === 'emphasis' && BASIS.test(toString(n as Emphasis).trim()));
      const basis = basisAt === -1 ? '' : paragraph.children.slice(basisAt + 1).map((n) => toString(n)).join('').trim();
      if (basis === '') {
        fail('A key judgment must end with its basis: *Basis:* why this confidence.', placeOf(item));
        continue;
      }
      if (id === undefined) {
        file.message('A key judgment needs a stable id at the end of its item, e.g. {#call-length}, for its history of changes.', { place: placeOf(item), ruleId: 'judgment-id', source: 'remark-judgments' });
      } else if (seenIds.has(id.id)) {
        const point = positions.toPoint(id.offset)!;
        fail(`Another key judgment of this page already has the id "${id.id}".`, { line: point.line + lineOffset, column: point.column });
      }
      if (id) seenIds.add(id.id);
      const uses: number[] = [];
      visit(item, (node) => {
        const found = (node.data as { uses?: number[] } | undefined)?.uses;
        if (found) uses.push(...found);
      });
      const textStart = (first as Strong).position?.end.offset;
      const textEnd = paragraph.children[basisAt]!.position?.start.offset;
      const ownWords = textStart !== undefined && textEnd !== undefined ? ownWordsInSource(source, textStart, textEnd) : '';
      if (textStart !== undefined) {
        for (const { word, offset } of offScaleLikelihoodWords(ownWords, options.language)) {
          const point = positions.toPoint(textStart + offset)!;
          file.message(offScaleLikelihoodMessage(word), { place: { line: point.line + lineOffset, column: point.column }, ruleId: 'estimative-language', source: 'remark-judgments' });
        }
      }
      const confidence = label[1]!.toLowerCase() as Confidence;
      const markerPoint = id ? positions.toPoint(id.offset) : undefined;
      judgments.push({
        ...(id ? { id: id.id } : {}),
        ...(id?.claims && markerPoint ? { claims: { ids: id.claims, line: markerPoint.line + lineOffset, column: markerPoint.column } } : {}),
        confidence,
        // The blanked citations leave a space before the punctuation that followed them.
        text: ownWords.replace(/\s+/gu, ' ').replace(/ (?=[.,;:!?…])/gu, '').trim(),
        basis,
        uses,
        ...placeOf(item),
      });
      const data = (item.data ??= {});
      data.hProperties = { ...(data.hProperties as object), className: ['judgment', `judgment-${confidence}`], ...(id ? { id: judgmentFragmentId(id.id) } : {}) };
      const changes = id ? (options.history ?? []).filter((c) => c.judgment === id.id) : [];
      if (changes.length > 0) item.children.push(historyList(describeJudgmentHistory(changes, confidence)));
      const labelData = ((first as Strong).data ??= {});
      labelData.hProperties = { className: ['confidence', `confidence-${confidence}`] };
    }
    file.data.judgments = judgments;
  };
}
