/**
 * Stated confidence of key judgments, and the independent origins each
 * level needs.
 */

/** Stated confidence of a key judgment, as in intelligence analytic standards. */
export type Confidence = 'high' | 'moderate' | 'low';

/** A confidence as pages and messages name it: "High confidence". */
export const confidenceLabel = (confidence: Confidence): string => `${confidence[0]!.toUpperCase()}${confidence.slice(1)} confidence`;

/** Independent origins a confidence level needs at the least. */
export const ORIGINS_NEEDED: Readonly<Record<Confidence, number>> = { high: 2, moderate: 1, low: 0 };

/**
 * Why a stated confidence outruns its support, or undefined when it does
 * not: high confidence needs at least two independent origins.
 */
export function confidenceWarning(confidence: Confidence, origins: number): string | undefined {
  const needed = ORIGINS_NEEDED[confidence];
  if (origins >= needed) return undefined;
  const have = origins === 1 ? 'one independent origin' : `${origins} independent origins`;
  return `${confidenceLabel(confidence)} rests on ${have}; it needs at least ${needed}.`;
}
