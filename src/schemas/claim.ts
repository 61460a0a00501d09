import { z } from 'astro/zod';

const reason = (what: string) => z.string().trim().min(1, { message: `must give the reason ${what}` }).refine((s) => !s.includes('\n'), { message: 'must be one line' });

/** One answer sources give to a claim, with the citations that support it. */
export const PositionSchema = z.strictObject({
  /** The wording or value, e.g. "About an hour". */
  position: z.string().trim().min(1, { message: 'must not be empty' }),
  /** Citations in the usual syntax, e.g. '[@id, "exact words"; @other, "words"]'. */
  cite: z.string().trim().min(1, { message: 'must hold at least one citation' }),
  /**
   * Marks the position as a source's factual error, with the reason, e.g.
   * "Trump had been inaugurated on 20 January 2025.": it is shown as a source
   * error, apart from real disagreement, and does not make the claim conflicting.
   */
  error: reason('it is an error').optional(),
});

/**
 * A claim of the ledger, in `content/claims/<topic>.yaml` (the file name is
 * its topic). The build derives its status (corroborated, single origin,
 * conflicting, compatible) from the origins of its positions.
 */
export const ClaimSchema = z.strictObject({
  /** Unique across the ledger; lower-case words joined by hyphens. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, { message: 'must be lower-case words joined by hyphens' }),
  /** One line: what the positions answer, e.g. "How long the call lasted". */
  statement: z.string().trim().min(1, { message: 'must not be empty' }).refine((s) => !s.includes('\n'), { message: 'must be one line' }),
  /** The positions sources take, each with its citations. */
  positions: z.array(PositionSchema).min(1, { message: 'must list at least one position' }),
  /**
   * Why the positions (those not marked as errors) can all hold: the claim is
   * then compatible, not conflicting. `reason` is one of `rounding` (figures
   * that round to each other), `different-scope` (a part against a whole,
   * different periods) or `stages` (stages of one process); `note` says how,
   * e.g. "The counts cover different periods."
   */
  compatible: z
    .strictObject({
      reason: z.enum(['rounding', 'different-scope', 'stages'], { message: 'must be rounding, different-scope or stages' }),
      note: reason('the positions can all hold'),
    })
    .optional(),
});

/** A claims file: a list of claims. */
export const ClaimsFileSchema = z.array(ClaimSchema);

export type ClaimData = z.infer<typeof ClaimSchema>;
