import { z } from 'astro/zod';

/** What a source-criticism note says about its passage. */
export const NoteKindSchema = z.enum(['error', 'caution', 'context']);

/**
 * A source-criticism note, anchored to an exact passage of its article the way
 * a citation is, and verified the same way at build time.
 */
export const NoteSchema = z.strictObject({
  quote: z.string().trim().min(1, { message: 'must quote the words the note is about' }).describe('Exact words of the article the note is about; must occur once in it.'),
  kind: NoteKindSchema.describe(
    '`error`: the passage is factually wrong. `caution`: it conflicts with other sources or cannot be verified. `context`: background a reader needs.',
  ),
  note: z.string().trim().min(1, { message: 'must not be empty' }).describe("The analyst's note, in plain text."),
});

export type Note = z.infer<typeof NoteSchema>;
export type NoteKind = z.infer<typeof NoteKindSchema>;
