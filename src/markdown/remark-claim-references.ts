/**
 * remark plugin: claim references and status words. A topic page refers to a
 * claim of the ledger with `{claim:<id>}` (e.g. in a "Where sources
 * disagree" bullet); the reference shows the ledger's status, linked to its
 * row in its topic's part of the ledger (/claims/<topic>/), and at the end of its paragraph the reason and each
 * position's origins. The ledger is the only place a status is set: a status
 * word in the prose ("corroborated", "compatible", "conflicting",
 * "disputed", "single origin") outside a reference is a warning at its word.
 *
 * It runs before remark-citations, so that it can skip citations' quotes
 * (the sources' words) when it looks for status words.
 */
import type { Root, Text, PhrasingContent, Paragraph } from 'mdast';
import type { VFile } from 'vfile';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { visit, SKIP } from 'unist-util-visit';
import { location } from 'vfile-location';
import { parseCitations } from '../lib/citations/syntax.ts';
import type { LedgerClaim } from '../lib/dossier/ledger.ts';
import { claimRowId } from '../lib/dossier/documents.ts';
import type { Origin } from '../lib/analysis/origins.ts';
import { statusesOf, standingPositions } from '../lib/analysis/status.ts';
import { uiFor, type Ui } from '../lib/i18n/ui.ts';
import { positionSummary, supportText } from '../lib/view/claims-table.ts';
import './citation-data.ts';

export interface RemarkClaimReferencesOptions {
  /** The ledger's claims by id; without it, references are not resolved (and not checked). */
  readonly claims?: ReadonlyMap<string, LedgerClaim>;
  readonly origin?: (key: string) => Origin | undefined;
  /** URL of a claim's row on the ledger page. */
  readonly claimUrl?: (id: string) => string;
  /** Lines of the file before the Markdown, to report true line numbers. */
  readonly lineOffset?: number;
  /** The UI strings of the dossier's language; English when not given. */
  readonly ui?: Ui;
}

/** A reference to a claim of the ledger: `{claim:call-length}`. */
export const CLAIM_REFERENCE = /\{claim:([a-z0-9]+(?:-[a-z0-9]+)*)\}/gu;

/** Words that state a verdict, which only the ledger may set. */
const STATUS_WORDS = /\b(?:corroborated|compatible|conflicting|disputed|single[- ]origin)\b/giu;

/** The message at a status word of the prose. */
export const statusWordMessage = (word: string): string =>
  `"${word}" states a verdict in the prose: the ledger (claims/) sets each claim's status; refer to the claim with {claim:<id>} and let the page show it.`;

/** The file's text of a node's span, with citations blanked (their quotes are the sources' words); the blanks keep offsets. */
function ownWords(source: string, start: number, end: number): string {
  let text = source.slice(start, end);
  for (const group of parseCitations(text).groups) text = text.slice(0, group.start) + ' '.repeat(group.end - group.start) + text.slice(group.end);
  return text.replace(CLAIM_REFERENCE, (m) => ' '.repeat(m.length));
}

/** The ledger's verdict as the reference shows it: a status badge for each status, linked to the claim's row. */
function badges(ui: Ui, claim: LedgerClaim, href: string): ElementContent[] {
  return statusesOf(claim).flatMap((status, i) => [
    ...(i > 0 ? [{ type: 'text' as const, value: ' ' }] : []),
    h('a', { className: ['badge', `badge-${status}`, 'claim-ref-status'], href, title: ui.text(`status.${status}.meaning`) }, ui.text(`status.${status}`)),
  ]);
}

/** The reason and each position's support, as a block after the paragraph. */
function support(ui: Ui, claim: LedgerClaim, origin: (key: string) => Origin | undefined): ElementContent {
  const lines: string[] = [];
  if (claim.compatible) lines.push(ui.text('claims.compatible', { reason: ui.text(`compatibleReason.${claim.compatible.reason}`), note: claim.compatible.note }));
  for (const position of standingPositions(claim.positions)) lines.push(`${position.position}: ${supportText(positionSummary(position, origin, ui))}.`);
  for (const position of claim.positions.filter((p) => p.error)) lines.push(ui.text('claims.sourceErrorLine', { position: position.position, error: position.error! }));
  return h('div.claim-ref-support', { dataClaim: claim.id }, [h('span.claim-ref-statement', ui.text('claims.ledgerLine', { statement: claim.statement })), ...lines.map((line) => h('span.claim-ref-line', line))]);
}

export default function remarkClaimReferences(options: RemarkClaimReferencesOptions = {}) {
  const { claims, origin = () => undefined, claimUrl = (id: string) => `#${claimRowId(id)}`, lineOffset = 0, ui = uiFor('en') } = options;
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    const positions = location(file);
    const at = (offset: number) => {
      const point = positions.toPoint(offset) ?? { line: 1, column: 1 };
      return { line: point.line + lineOffset, column: point.column };
    };
    const referenced: string[] = [];

    visit(tree, 'text', (node: Text, index, parent) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) {
        for (const match of ownWords(source, start, end).matchAll(STATUS_WORDS)) {
          file.message(statusWordMessage(match[0]), { place: at(start + match.index), ruleId: 'status-word', source: 'remark-claim-references' });
        }
      }
      if (!parent || index === undefined || !node.value.includes('{claim:')) return;
      const rawReferences = start !== undefined && end !== undefined ? [...source.slice(start, end).matchAll(CLAIM_REFERENCE)] : [];
      // The text around a reference keeps its place in the file, which later plugins report problems at.
      const rawOffset = (i: number, edge: 'start' | 'end') => {
        const match = rawReferences[i];
        if (start === undefined || !match) return undefined;
        return start + match.index + (edge === 'end' ? match[0].length : 0);
      };
      const text = (value: string, from: number | undefined, to: number | undefined): Text => {
        const [a, b] = [from === undefined ? undefined : positions.toPoint(from), to === undefined ? undefined : positions.toPoint(to)];
        return a && b ? { type: 'text', value, position: { start: a, end: b } } : { type: 'text', value };
      };
      const replacement: PhrasingContent[] = [];
      let last = 0;
      const references = [...node.value.matchAll(CLAIM_REFERENCE)];
      references.forEach((match, i) => {
        const id = match[1]!;
        const before = node.value.slice(last, match.index);
        if (before) replacement.push(text(before, i === 0 ? start : rawOffset(i - 1, 'end'), rawOffset(i, 'start')));
        last = match.index + match[0].length;
        const claim = claims?.get(id);
        if (!claims) {
          replacement.push(text(match[0], rawOffset(i, 'start'), rawOffset(i, 'end')));
          return;
        }
        if (!claim) {
          const m = file.message(`{claim:${id}} names no claim of the ledger (claims/).`, { place: at(rawOffset(i, 'start') ?? 0), ruleId: 'claim-reference', source: 'remark-claim-references' });
          m.fatal = true;
          return;
        }
        referenced.push(id);
        replacement.push({
          type: 'claimReference',
          data: { hName: 'span', hProperties: { className: ['claim-ref'] }, hChildren: badges(ui, claim, claimUrl(id)), claim: id },
        } as unknown as PhrasingContent);
      });
      if (last < node.value.length) replacement.push(text(node.value.slice(last), rawOffset(references.length - 1, 'end'), end));
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });

    // The reason and the origins follow the paragraph that refers to the claim, as a block of their own: the paragraph's lines keep their height.
    visit(tree, 'paragraph', (paragraph: Paragraph, index, parent) => {
      if (!parent || index === undefined) return;
      const ids = paragraph.children.flatMap((child) => ((child.data as { claim?: string } | undefined)?.claim ? [(child.data as { claim: string }).claim] : []));
      if (ids.length === 0) return;
      const blocks = ids.map((id) => {
        const element = support(ui, claims!.get(id)!, origin) as { tagName: string; properties: object; children: ElementContent[] };
        return { type: 'claimSupport', data: { hName: element.tagName, hProperties: element.properties, hChildren: element.children } };
      });
      parent.children.splice(index + 1, 0, ...(blocks as never[]));
      return [SKIP, index + 1 + blocks.length];
    });
    file.data.claimReferences = referenced;
  };
}
