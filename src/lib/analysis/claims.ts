/**
 * Stated confidence of key judgments, and the independent origins each
 * level needs.
 */

/** Stated confidence of a key judgment, as in intelligence analytic standards. */
export type Confidence = 'high' | 'moderate' | 'low';

/** A confidence as pages and messages name it: "High confidence". */
export const confidenceLabel = (confidence: Confidence): string => `${confidence[0]!.toUpperCase()}${confidence.slice(1)} confidence`;

/**
 * The calibration rule: the independent named origins a confidence level
 * needs at the least. An unattributed passage names none, however many
 * reports carry it.
 */
export const ORIGINS_NEEDED: Readonly<Record<Confidence, number>> = { high: 2, moderate: 1, low: 0 };

/** What a judgment's support was counted from: the claims it names, or its citations. */
export type SupportBasis = 'claims' | 'citations';

/**
 * Why a stated confidence outruns its support, or undefined when it does
 * not: high confidence needs at least two independent named origins,
 * moderate at least one.
 */
export function confidenceWarning(confidence: Confidence, origins: number, basis: SupportBasis = 'citations'): string | undefined {
  const needed = ORIGINS_NEEDED[confidence];
  if (origins >= needed) return undefined;
  const have = origins === 0 ? 'no named origin' : origins === 1 ? 'one independent named origin' : `${origins} independent named origins`;
  const counted = basis === 'claims' ? ' (the fewest of the claims it names)' : '';
  return `${confidenceLabel(confidence)} rests on ${have}${counted}; it needs at least ${needed}. Unattributed reports name no origin.`;
}
