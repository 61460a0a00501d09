/**
 * The claims ledger as tables: one per topic, one row per claim, one column
 * per source that speaks to any claim of the table. Each row gives the
 * claim's statuses and, for each position, its reports and the origins they
 * rest on, so that reports relaying one origin read as one.
 */
import type { LedgerCite, LedgerClaim, LedgerPosition } from '../dossier/ledger.ts';
import type { Origin } from '../analysis/origins.ts';
import { STATUS_ORDER, statusesOf, type Status } from '../analysis/status.ts';
import { countOf } from './plural.ts';

/** Longest quote a cell shows, in characters; longer ones end in an ellipsis. */
const QUOTE_LENGTH = 220;

/** The topics that have claims, in the topics' order, each with its claims. */
export function claimsByTopic<Topic extends { readonly id: string }>(topics: readonly Topic[], claims: readonly LedgerClaim[]): { topic: Topic; claims: LedgerClaim[] }[] {
  return topics.map((topic) => ({ topic, claims: claims.filter((c) => c.topic === topic.id) })).filter((group) => group.claims.length > 0);
}

/** What one source says of one claim: the position of each of its voices (its own, or an origin it relays), with its quoted words. */
export interface LedgerCell {
  readonly positions: readonly { readonly position: string; readonly error?: string; readonly cites: readonly LedgerCite[] }[];
}

/** A position as the row sums it up: "About an hour" — "2 reports, 1 origin" — Trump’s Truth Social post. */
export interface PositionSummary {
  readonly position: string;
  /** How many reports carry it, how many origins they rest on: "2 reports, 1 origin". */
  readonly counts: string;
  readonly origins: readonly Origin[];
  /** Why it is a source's error, when it is marked as one. */
  readonly error?: string;
}

export interface LedgerRow {
  readonly claim: LedgerClaim;
  /** The claim's status, then "source-error" when a position is marked as one. */
  readonly statuses: readonly Status[];
  /** The positions that stand, each summed up. */
  readonly positions: readonly PositionSummary[];
  /** The positions marked as source errors, shown apart. */
  readonly errors: readonly PositionSummary[];
  /** One per column; undefined where the source is silent. */
  readonly cells: readonly (LedgerCell | undefined)[];
}

/**
 * Columns (source ids, by their numbers, the order of every list of sources)
 * and rows of a table of claims; `origin` names an origin by its key.
 */
export function ledgerTable(
  claims: readonly LedgerClaim[],
  origin: (key: string) => Origin | undefined,
  sourceNumber: (id: string) => number,
): { sourceIds: string[]; rows: LedgerRow[] } {
  const sourceIds = [...new Set(claims.flatMap((c) => c.positions.flatMap((p) => p.supporters)))].sort((a, b) => sourceNumber(a) - sourceNumber(b));
  const cellOf = (claim: LedgerClaim, id: string): LedgerCell | undefined => {
    const positions = claim.positions
      .filter((p) => p.supporters.includes(id))
      .map((p) => ({ position: p.position, ...(p.error ? { error: p.error } : {}), cites: p.cites.filter((c) => c.articleId === id) }));
    return positions.length > 0 ? { positions } : undefined;
  };
  const summary = (p: LedgerPosition): PositionSummary => ({
    position: p.position,
    counts: positionCounts(p),
    origins: p.origins.flatMap((key) => origin(key) ?? []),
    ...(p.error ? { error: p.error } : {}),
  });
  return {
    sourceIds,
    rows: claims.map((claim) => ({
      claim,
      statuses: statusesOf(claim),
      positions: claim.positions.filter((p) => !p.error).map(summary),
      errors: claim.positions.filter((p) => p.error).map(summary),
      cells: sourceIds.map((id) => cellOf(claim, id)),
    })),
  };
}

/** "2 reports, 1 origin". */
export function positionCounts(p: Pick<LedgerPosition, 'supporters' | 'origins'>): string {
  return `${countOf(p.supporters.length, 'report')}, ${countOf(p.origins.length, 'origin')}`;
}

/** How many claims have each status, in the vocabulary's order, leaving out those none has. */
export function statusCounts(claims: readonly LedgerClaim[]): { status: Status; count: number }[] {
  const all = claims.flatMap((claim) => statusesOf(claim));
  return STATUS_ORDER.map((status) => ({ status, count: all.filter((s) => s === status).length })).filter((s) => s.count > 0);
}

/** The quote as a cell shows it: at most QUOTE_LENGTH characters. */
export function cellQuote(words: string): string {
  return words.length > QUOTE_LENGTH ? `${words.slice(0, QUOTE_LENGTH - 1)}…` : words;
}
