import { z } from 'astro/zod';

const reason = (what: string) => z.string().trim().min(1, { message: `must give the reason ${what}` }).refine((s) => !s.includes('\n'), { message: 'must be one line' });

/** One answer sources give to a claim, with the citations that support it. */
export const PositionSchema = z.strictObject({
  position: z.string().trim().min(1, { message: 'must not be empty' }).describe('The wording or value, e.g. "About an hour".'),
  cite: z
    .string()
    .trim()
    .min(1, { message: 'must hold at least one citation' })
    .describe('Citations in the usual syntax, e.g. \'[@id, "exact words"; @other, "words"]\'.'),
  error: reason('it is an error')
    .optional()
    .describe(
      "Marks the position as a source's factual error, with the reason, e.g. \"Trump had been inaugurated on 20 January 2025.\": it is shown as a source error, apart from real disagreement, and does not make the claim conflicting. One line.",
    ),
});

/**
 * A claim of the ledger, in `content/claims/<topic>.yaml`. Each field's
 * `.describe()` text is its documentation (docs/reference.md).
 */
export const ClaimSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, { message: 'must be lower-case words joined by hyphens' })
      .describe('Unique across the ledger; lower-case words joined by hyphens. Pages refer to the claim as `{claim:<id>}`.'),
    statement: z
      .string()
      .trim()
      .min(1, { message: 'must not be empty' })
      .refine((s) => !s.includes('\n'), { message: 'must be one line' })
      .describe('One line: what the positions answer, e.g. "How long the call lasted".'),
    positions: z.array(PositionSchema).min(1, { message: 'must list at least one position' }).describe('The positions sources take, each with its citations.'),
    compatible: z
      .strictObject({
        reason: z
          .enum(['rounding', 'different-scope', 'stages'], { message: 'must be rounding, different-scope or stages' })
          .describe('`rounding`: figures that round to each other; `different-scope`: a part against a whole, different periods; `stages`: stages of one process.'),
        note: reason('the positions can all hold').describe('How the positions can all hold, in one line, e.g. "The counts cover different periods."'),
      })
      .optional()
      .describe('Why the positions (those not marked as errors) can all hold: the claim is then compatible, not conflicting.'),
  })
  .describe(
    'The file name is the slug of the topic the claims belong to. The build derives each claim\'s status (corroborated, single origin, unattributed, conflicting, compatible) from the origins of its positions.',
  );

/** A claims file: a list of claims. */
export const ClaimsFileSchema = z.array(ClaimSchema);

export type ClaimData = z.infer<typeof ClaimSchema>;
