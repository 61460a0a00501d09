import { z } from 'astro/zod';

/**
 * A passage that is its report's own observation: something its reporter
 * could witness, such as a published statement or a broadcast, marked by the
 * exact words like a note. Only such a passage counts as the report's own
 * origin; any other unmarked passage has an unknown one.
 */
export const ObservationSchema = z.strictObject({
  quote: z.string().trim().min(1, { message: 'must quote the words the report observed' }).describe('Exact words of the article; must occur once in it.'),
});

/**
 * A passage the analyst holds to be independent of the passages of other
 * reports it resembles, with the reason: it silences the check's warning
 * that the two may share an origin (src/lib/analysis/echo.ts).
 */
export const IndependenceSchema = z.strictObject({
  quote: z.string().trim().min(1, { message: 'must quote the words held to be independent' }).describe('Exact words of the article; must occur once in it.'),
  reason: z.string().trim().min(1, { message: 'must say why the passage is independent' }).describe('Why it does not echo the passages it resembles.'),
});

export type Observation = z.infer<typeof ObservationSchema>;
export type Independence = z.infer<typeof IndependenceSchema>;
