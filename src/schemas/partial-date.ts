import { z } from 'astro/zod';
import { checkDayRange, parsePartialDate, rangeOf, type DatePrecision } from '../lib/dates/partial-date.ts';

const WRITTEN: Readonly<Record<DatePrecision, string>> = { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' };

/**
 * Date text checked by the partial-date parser, allowing the given precisions
 * (and `unknown` when asked). It stays text: the frontmatter parser keeps a
 * date as a string, so no time zone can shift it by a day.
 */
function dateText(precisions: readonly DatePrecision[], allowUnknown: boolean, allowRanges = false) {
  const forms = precisions.map((precision) => WRITTEN[precision]);
  const formList = forms.length > 1 ? `${forms.slice(0, -1).join(', ')} or ${forms.at(-1)}` : forms[0];
  const formMessage = `must be a date written ${formList}${allowUnknown ? ', or "unknown"' : ''}${allowRanges ? ', or a range of days YYYY-MM-DD/YYYY-MM-DD' : ''}`;
  const checked = z.string().superRefine((value, context) => {
    if (allowRanges && rangeOf(value)) {
      const range = checkDayRange(value);
      if (!range.ok) context.addIssue({ code: 'custom', message: `must be a range of days YYYY-MM-DD/YYYY-MM-DD (${range.reason})`, input: value });
      return;
    }
    const parsed = parsePartialDate(value);
    const allowed = parsed.ok && (parsed.date.precision === 'unknown' ? allowUnknown : precisions.includes(parsed.date.precision));
    if (allowed) return;
    // "2025-02-30" is written right but names no day: say so rather than repeat the form.
    const impossible = !parsed.ok && parsed.problem === 'calendar' && precisions.includes(parsed.written);
    const message = impossible ? `must be a real date (${parsed.reason})` : formMessage;
    context.addIssue({ code: 'custom', message, input: value });
  });
  // YAML reads an unquoted year as a number; a year is what the author meant.
  return z.preprocess((value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value), checked);
}

/** A full ISO date, `YYYY-MM-DD`. Quote it in YAML or not: it stays text either way. */
export const IsoDateSchema = dateText(['day'], false).meta({ title: 'date `YYYY-MM-DD`' });

/** A date known to the day or the month, `YYYY-MM-DD` or `YYYY-MM`. */
export const DayOrMonthSchema = dateText(['day', 'month'], false).meta({ title: 'date `YYYY-MM-DD` or `YYYY-MM`' });

/**
 * A timeline event's date: a day or a month as DayOrMonthSchema, or a range
 * of days written as an ISO 8601 interval, `2025-06-13/2025-06-14`, where the
 * sources place an event between two days.
 */
export const TimelineDateSchema = dateText(['day', 'month'], false, true).meta({
  title: 'date `YYYY-MM-DD`, `YYYY-MM`, or `YYYY-MM-DD/YYYY-MM-DD`',
});

/**
 * A publication date as precisely as the source allows: `YYYY-MM-DD`,
 * `YYYY-MM`, `YYYY` (quoted or not), or `unknown`. Sources often carry no date; an honest
 * "2025-06" beats an invented day.
 */
export const PartialDateSchema = dateText(['day', 'month', 'year'], true).meta({ title: 'date `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `unknown`' });

