/**
 * The statuses of a claim, one vocabulary for every page that shows one
 * (topic pages, the ledger under /claims/, the search filter, print). A claim's status
 * comes from the named origins of its positions, not from how many reports
 * carry them: a passage whose origin no report gives is unattributed and
 * never counts as an independent origin. Positions marked as a source's
 * error stand apart from it.
 */
import { namedOrigins } from './origins.ts';

/** What the positions of a claim that are not source errors add up to. */
export type ClaimStatus = 'corroborated' | 'single-origin' | 'unattributed' | 'conflicting' | 'compatible';
/** Every status a claim can show: its own, and `source-error` when a position is marked as one. */
export type Status = ClaimStatus | 'source-error';

/** The order statuses are listed in. Each is named `status.<status>` in the UI strings (src/translations/), and explained by `status.<status>.meaning`. */
export const STATUS_ORDER: readonly Status[] = ['corroborated', 'single-origin', 'unattributed', 'conflicting', 'compatible', 'source-error'];

/** Why differing positions can all hold: the only reasons a claim may be compatible. */
export type CompatibleReason = 'rounding' | 'different-scope' | 'stages';

/** Each is named `compatibleReason.<reason>` in the UI strings (src/translations/). */
export const COMPATIBLE_REASONS: readonly CompatibleReason[] = ['rounding', 'different-scope', 'stages'];

/** Named origins a claim needs to be corroborated. */
export const CORROBORATING_ORIGINS = 2;

export interface PositionSupport {
  /** Distinct origins of the position's cited passages, unattributed ones included. */
  readonly origins: readonly string[];
  /** Why the position is a source's factual error, when it is marked as one. */
  readonly error?: string;
}

/** The positions that stand: supported, and not marked as a source's error. */
export const standingPositions = <P extends PositionSupport>(positions: readonly P[]): P[] => positions.filter((p) => p.error === undefined && p.origins.length > 0);

/**
 * The claim's own status, from its positions that are not source errors;
 * undefined when every position is one. Two or more such positions conflict
 * unless the claims file says why they can all hold (`compatible`). One
 * position is corroborated by two named origins, single origin with one,
 * and unattributed with none.
 */
export function claimStatus(positions: readonly PositionSupport[], compatible: unknown): ClaimStatus | undefined {
  const standing = standingPositions(positions);
  if (standing.length === 0) return undefined;
  if (standing.length >= 2) return compatible === undefined ? 'conflicting' : 'compatible';
  const named = namedOrigins(standing[0]!.origins).length;
  return named >= CORROBORATING_ORIGINS ? 'corroborated' : named === 1 ? 'single-origin' : 'unattributed';
}

/**
 * How many independent named origins a judgment resting on the claim can
 * count: those of its weakest standing position, since positions that differ
 * (compatible or conflicting) do not lend each other support; 0 when none stands.
 */
export function claimSupport(positions: readonly PositionSupport[]): number {
  const standing = standingPositions(positions);
  return standing.length === 0 ? 0 : Math.min(...standing.map((p) => namedOrigins(p.origins).length));
}

/** Every status a claim shows: its own, then `source-error` when a position is marked as one. */
export function statusesOf(claim: { readonly status?: ClaimStatus; readonly positions: readonly PositionSupport[] }): Status[] {
  return [...(claim.status ? [claim.status] : []), ...(claim.positions.some((p) => p.error !== undefined) ? ['source-error' as const] : [])];
}
