import { z } from 'astro/zod';

/** A calendar date known to the day, the month or the year, as ISO 8601 text. */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

function isRealDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, year, month = '01', day = '01'] = match;
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${year}-${month}-${day}`);
}

/**
 * A full ISO date, `YYYY-MM-DD`. Quote it in YAML or not: the frontmatter
 * parser keeps it as text, so no time zone can shift it by a day.
 */
export const IsoDateSchema = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/u.test(v) && isRealDate(v), {
    message: 'must be a date written YYYY-MM-DD',
  });

/**
 * A publication date as precisely as the source allows: `YYYY-MM-DD`,
 * `YYYY-MM`, `YYYY` (quoted or not), or `unknown`. Sources often carry no date; an honest
 * "2025-06" beats an invented day.
 */
export const PartialDateSchema = z.preprocess(
  // YAML reads an unquoted year as a number; a year is what the author meant.
  (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
  z.string().refine((v) => v === 'unknown' || isRealDate(v), {
    message: 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY, or "unknown"',
  }),
);

export type PartialDate = z.infer<typeof PartialDateSchema>;
