/**
 * The claims ledger as tables: one per topic, one row per claim, one column
 * per source that speaks to any claim of the table. Each row gives the
 * claim's statuses and, for each position, its reports and the origins they
 * rest on, so that reports relaying one origin read as one.
 */
import type { LedgerCite, LedgerClaim, LedgerPosition } from '../dossier/ledger.ts';
import { isNamedOrigin, type Origin } from '../analysis/origins.ts';
import { STATUS_ORDER, statusesOf, type Status } from '../analysis/status.ts';
import type { Ui } from '../i18n/ui.ts';

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

/**
 * A position as the row sums it up: "Putin called Trump" — "3 reports: 1
 * named origin, Trump’s Truth Social post; 2 unattributed".
 */
export interface PositionSummary {
  readonly position: string;
  /** How many reports carry it: "3 reports". */
  readonly reports: string;
  /** How many named origins they rest on: "1 named origin", "no named origin". */
  readonly counts: string;
  /** The named origins (registered ones, reports' own observations). */
  readonly origins: readonly Origin[];
  /** How many reports carry it without saying where it comes from: "2 unattributed", or undefined for none. */
  readonly unattributed?: string;
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
  ui: Ui,
): { sourceIds: string[]; rows: LedgerRow[] } {
  const sourceIds = [...new Set(claims.flatMap((c) => c.positions.flatMap((p) => p.supporters)))].sort((a, b) => sourceNumber(a) - sourceNumber(b));
  const cellOf = (claim: LedgerClaim, id: string): LedgerCell | undefined => {
    const positions = claim.positions
      .filter((p) => p.supporters.includes(id))
      .map((p) => ({ position: p.position, ...(p.error ? { error: p.error } : {}), cites: p.cites.filter((c) => c.articleId === id) }));
    return positions.length > 0 ? { positions } : undefined;
  };
  const summary = (p: LedgerPosition): PositionSummary => positionSummary(p, origin, ui);
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

/** A position's support: its reports, the named origins they rest on, and how many give it unattributed. */
export function positionSummary(p: Pick<LedgerPosition, 'position' | 'supporters' | 'origins' | 'cites' | 'error'>, origin: (key: string) => Origin | undefined, ui: Ui): PositionSummary {
  const named = p.origins.filter(isNamedOrigin);
  // Reports, not origins: two reports giving one unknown origin's words are still two that do not say whose.
  const unattributed = new Set(p.cites.filter((c) => !c.origins.every(isNamedOrigin)).map((c) => c.articleId)).size;
  return {
    position: p.position,
    reports: ui.count('count.report', p.supporters.length),
    counts: named.length === 0 ? ui.text('claims.noNamedOrigin') : ui.count('count.namedOrigin', named.length),
    origins: named.flatMap((key) => origin(key) ?? []),
    ...(unattributed > 0 ? { unattributed: ui.count('count.unattributed', unattributed) } : {}),
    ...(p.error ? { error: p.error } : {}),
  };
}

/** The summary as one line of text: "3 reports: 1 named origin, Trump’s Truth Social post; 2 unattributed". */
export function supportText(summary: PositionSummary): string {
  const names = summary.origins.map((o) => o.name).join('; ');
  return `${summary.reports}: ${summary.counts}${names ? `, ${names}` : ''}${summary.unattributed ? `; ${summary.unattributed}` : ''}`;
}

/** How many claims have each status, in the vocabulary's order, leaving out those none has. */
export function statusCounts(claims: readonly LedgerClaim[]): { status: Status; count: number }[] {
  const all = claims.flatMap((claim) => statusesOf(claim));
  return STATUS_ORDER.map((status) => ({ status, count: all.filter((s) => s === status).length })).filter((s) => s.count > 0);
}

/**
 * The order of the statuses the ledger's contents counts by topic:
 * conflicting first, where an analyst looks first, then the legend's order.
 */
export const CONTENTS_STATUS_ORDER: readonly Status[] = ['conflicting', ...STATUS_ORDER.filter((status) => status !== 'conflicting')];

/** A line of the ledger's contents: a topic that has claims, how many, and how many have each status. */
export interface LedgerContentsItem<Topic> {
  readonly topic: Topic;
  readonly claims: number;
  /** Claims by status; a status no claim of the topic has counts 0. */
  readonly counts: ReadonlyMap<Status, number>;
}

/**
 * The ledger's contents: the topics that have claims, in the topics' order,
 * and the statuses any claim has, in CONTENTS_STATUS_ORDER, as its columns.
 */
export function ledgerContents<Topic extends { readonly id: string }>(topics: readonly Topic[], claims: readonly LedgerClaim[]): { statuses: Status[]; items: LedgerContentsItem<Topic>[] } {
  const present = new Set(statusCounts(claims).map(({ status }) => status));
  return {
    statuses: CONTENTS_STATUS_ORDER.filter((status) => present.has(status)),
    items: claimsByTopic(topics, claims).map(({ topic, claims: own }) => {
      const counts = new Map(statusCounts(own).map(({ status, count }) => [status, count]));
      return { topic, claims: own.length, counts: new Map([...present].map((status) => [status, counts.get(status) ?? 0])) };
    }),
  };
}

/** The quote as a cell shows it: at most QUOTE_LENGTH characters. */
export function cellQuote(words: string): string {
  return words.length > QUOTE_LENGTH ? `${words.slice(0, QUOTE_LENGTH - 1)}…` : words;
}
