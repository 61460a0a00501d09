/**
 * The claims ledger as tables: one per topic, one row per claim, one column
 * per source that speaks to any claim of the table.
 */
import type { LedgerClaim, LedgerPosition } from '../dossier/ledger.ts';
import type { ResolvedCite } from '../dossier/cites.ts';
import { countOf } from './plural.ts';

/** Longest quote a cell shows, in characters; longer ones end in an ellipsis. */
const QUOTE_LENGTH = 220;

/** The topics that have claims, in the topics' order, each with its claims. */
export function claimsByTopic<Topic extends { readonly id: string }>(topics: readonly Topic[], claims: readonly LedgerClaim[]): { topic: Topic; claims: LedgerClaim[] }[] {
  return topics.map((topic) => ({ topic, claims: claims.filter((c) => c.topic === topic.id) })).filter((group) => group.claims.length > 0);
}

/** What one source says of one claim: its position and its quoted words. */
export interface LedgerCell {
  readonly position: string;
  readonly cites: readonly ResolvedCite[];
}

export interface LedgerRow {
  readonly claim: LedgerClaim;
  /** Each position with how many sources take it and how many independent origins they have. */
  readonly positions: readonly string[];
  /** One per column; undefined where the source is silent. */
  readonly cells: readonly (LedgerCell | undefined)[];
}

/** Columns (source ids, sorted) and rows of a table of claims. */
export function ledgerTable(claims: readonly LedgerClaim[]): { sourceIds: string[]; rows: LedgerRow[] } {
  const sourceIds = [...new Set(claims.flatMap((c) => c.positions.flatMap((p) => p.supporters)))].sort();
  const cellOf = (claim: LedgerClaim, id: string): LedgerCell | undefined => {
    const position = claim.positions.find((p) => p.supporters.includes(id));
    return position && { position: position.position, cites: position.cites.filter((c) => c.articleId === id) };
  };
  return {
    sourceIds,
    rows: claims.map((claim) => ({ claim, positions: claim.positions.map(positionSummary), cells: sourceIds.map((id) => cellOf(claim, id)) })),
  };
}

/** "denied: 2 sources, 1 independent origin". */
function positionSummary(p: LedgerPosition): string {
  return `${p.position}: ${countOf(p.supporters.length, 'source')}, ${countOf(p.corroboration, 'independent origin')}`;
}

/** The quote as a cell shows it: at most QUOTE_LENGTH characters. */
export function cellQuote(words: string): string {
  return words.length > QUOTE_LENGTH ? `${words.slice(0, QUOTE_LENGTH - 1)}…` : words;
}
