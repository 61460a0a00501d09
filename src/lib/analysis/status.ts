/**
 * The statuses of a claim, one vocabulary for every page that shows one
 * (topic pages, /claims/, the search filter, print). A claim's status
 * comes from the origins of its positions, not from how many reports carry
 * them; positions marked as a source's error stand apart from it.
 */

/** What the positions of a claim that are not source errors add up to. */
export type ClaimStatus = 'corroborated' | 'single-origin' | 'conflicting' | 'compatible';
/** Every status a claim can show: its own, and `source-error` when a position is marked as one. */
export type Status = ClaimStatus | 'source-error';

export const STATUSES: Readonly<Record<Status, { readonly label: string; readonly meaning: string }>> = {
  corroborated: { label: 'Corroborated', meaning: 'two or more independent origins agree, and none conflicts' },
  'single-origin': { label: 'Single origin', meaning: 'one origin, however many reports relay it' },
  conflicting: { label: 'Conflicting', meaning: 'independent origins disagree' },
  compatible: { label: 'Compatible', meaning: 'the positions differ but can all hold, for the reason given' },
  'source-error': { label: 'Source error', meaning: 'a position the dossier marks as a factual error of its source' },
};

/** The order statuses are listed in. */
export const STATUS_ORDER: readonly Status[] = ['corroborated', 'single-origin', 'conflicting', 'compatible', 'source-error'];

export interface PositionSupport {
  /** Distinct origins of the position's cited passages. */
  readonly origins: readonly string[];
  /** Why the position is a source's factual error, when it is marked as one. */
  readonly error?: string;
}

/**
 * The claim's own status, from its positions that are not source errors;
 * undefined when every position is one. Two or more such positions conflict
 * unless the claims file says why they can all hold (`compatible`).
 */
export function claimStatus(positions: readonly PositionSupport[], compatible: string | undefined): ClaimStatus | undefined {
  const standing = positions.filter((p) => p.error === undefined && p.origins.length > 0);
  if (standing.length === 0) return undefined;
  if (standing.length >= 2) return compatible === undefined ? 'conflicting' : 'compatible';
  return standing[0]!.origins.length >= 2 ? 'corroborated' : 'single-origin';
}

/** Every status a claim shows: its own, then `source-error` when a position is marked as one. */
export function statusesOf(claim: { readonly status?: ClaimStatus; readonly positions: readonly PositionSupport[] }): Status[] {
  return [...(claim.status ? [claim.status] : []), ...(claim.positions.some((p) => p.error !== undefined) ? ['source-error' as const] : [])];
}
