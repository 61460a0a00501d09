/**
 * What the ledger derives for a claim: which sources support each position,
 * which are silent, whether the claim is disputed, and how many independent
 * origins corroborate each position.
 */

export interface PositionInput {
  readonly position: string;
  /** Ids of the articles whose cited passages support this position. */
  readonly supporters: readonly string[];
}

export interface PositionAnalysis {
  readonly position: string;
  /** Supporting articles, each once, in the order first cited. */
  readonly supporters: readonly string[];
  /** Independent origins among the supporters: the corroboration count. */
  readonly corroboration: number;
}

export interface ClaimAnalysis {
  readonly positions: readonly PositionAnalysis[];
  /** Articles of the dossier that support no position, by id. */
  readonly silent: readonly string[];
  /** Two or more positions have support. */
  readonly disputed: boolean;
}

export function analyzeClaim(
  positions: readonly PositionInput[],
  allArticleIds: readonly string[],
  originOf: (articleId: string) => string,
): ClaimAnalysis {
  const analysed = positions.map((p) => {
    const supporters = [...new Set(p.supporters)];
    return { position: p.position, supporters, corroboration: new Set(supporters.map(originOf)).size };
  });
  const speaking = new Set(analysed.flatMap((p) => p.supporters));
  return {
    positions: analysed,
    silent: allArticleIds.filter((id) => !speaking.has(id)),
    disputed: analysed.filter((p) => p.supporters.length > 0).length >= 2,
  };
}

/** Stated confidence of a key judgment, as in intelligence analytic standards. */
export type Confidence = 'high' | 'moderate' | 'low';

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
  return `${confidence[0]!.toUpperCase()}${confidence.slice(1)} confidence rests on ${have}; it needs at least ${needed}.`;
}
