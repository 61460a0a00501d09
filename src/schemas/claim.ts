import { z } from 'astro/zod';

/** One answer sources give to a claim, with the citations that support it. */
export const PositionSchema = z.strictObject({
  /** The wording or value, e.g. "About an hour". */
  position: z.string().trim().min(1, { message: 'must not be empty' }),
  /** Citations in the usual syntax, e.g. '[@id, "exact words"; @other, "words"]'. */
  cite: z.string().trim().min(1, { message: 'must hold at least one citation' }),
});

/**
 * A claim of the ledger, in `content/claims/<topic>.yaml` (the file name is
 * its topic). The build derives support, silence and dispute from its positions.
 */
export const ClaimSchema = z.strictObject({
  /** Unique across the ledger; lower-case words joined by hyphens. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, { message: 'must be lower-case words joined by hyphens' }),
  /** One line: what the positions answer, e.g. "How long the call lasted". */
  statement: z.string().trim().min(1, { message: 'must not be empty' }).refine((s) => !s.includes('\n'), { message: 'must be one line' }),
  /** The positions sources take, each with its citations. */
  positions: z.array(PositionSchema).min(1, { message: 'must list at least one position' }),
});

/** A claims file: a list of claims. */
export const ClaimsFileSchema = z.array(ClaimSchema);

export type ClaimData = z.infer<typeof ClaimSchema>;
