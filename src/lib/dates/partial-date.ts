/**
 * Partial dates: a calendar date known to the day, the month or the year, or
 * not known at all, written as ISO 8601 text (`2025-06-14`, `2025-06`, `2025`)
 * or `unknown`. Content keeps the text; this module is the one place that
 * parses, checks, orders, formats and converts it.
 *
 * The functions after `parsePartialDate` take text the content schemas have
 * already validated, and throw on anything else: that is a programming error.
 */

export type DatePrecision = 'day' | 'month' | 'year';

export type PartialDate =
  | { readonly precision: 'unknown' }
  | { readonly precision: 'year'; readonly year: number }
  | { readonly precision: 'month'; readonly year: number; readonly month: number }
  | { readonly precision: 'day'; readonly year: number; readonly month: number; readonly day: number };

/** A text that is a partial date, or why not: not written as one, or written as one no calendar has (then `written` says which). */
export type ParsedDate =
  | { readonly ok: true; readonly date: PartialDate }
  | { readonly ok: false; readonly problem: 'form'; readonly reason: string }
  | { readonly ok: false; readonly problem: 'calendar'; readonly written: DatePrecision; readonly reason: string };

/** The text of a date whose time is not known. */
export const UNKNOWN_DATE = 'unknown';

const ISO_PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInMonth = (year: number, month: number) => (month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1]!);

/** `2025-06-14`, `2025-06`, `2025` or `unknown` as a typed date, or why it is not one (`2025-02-30`, `2025-13`, `June 2025`). */
export function parsePartialDate(text: string): ParsedDate {
  if (text === UNKNOWN_DATE) return { ok: true, date: { precision: 'unknown' } };
  const match = ISO_PARTIAL_DATE.exec(text);
  if (!match) return { ok: false, problem: 'form', reason: 'not written YYYY-MM-DD, YYYY-MM, YYYY or "unknown"' };
  const [year, month, day] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part))) as [number, number?, number?];
  const written: DatePrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const impossible = (reason: string): ParsedDate => ({ ok: false, problem: 'calendar', written, reason });
  // HTML's `datetime` and ISO 8601 without a sign have no year 0.
  if (year === 0) return impossible('there is no year 0');
  if (month === undefined) return { ok: true, date: { precision: 'year', year } };
  if (month < 1 || month > 12) return impossible(`there is no month ${month}`);
  if (day === undefined) return { ok: true, date: { precision: 'month', year, month } };
  const length = daysInMonth(year, month);
  if (day < 1) return impossible('there is no day 0');
  if (day > length) return impossible(`${formatDate({ precision: 'month', year, month })} has ${length} days`);
  return { ok: true, date: { precision: 'day', year, month, day } };
}

/** The typed date of validated text. */
export function partialDate(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new TypeError(`"${text}" is not a partial date: ${parsed.reason}.`);
  return parsed.date;
}

/** `day`, `month`, `year` or `unknown`. */
export function precisionOf(text: string): PartialDate['precision'] {
  return partialDate(text).precision;
}

/** Midnight UTC of the date's first day (`Date.UTC` would read years 0–99 as 1900–1999). */
function firstMoment(date: Exclude<PartialDate, { precision: 'unknown' }>): Date {
  const moment = new Date(0);
  moment.setUTCFullYear(date.year, date.precision === 'year' ? 0 : date.month - 1, date.precision === 'day' ? date.day : 1);
  return moment;
}

/** How dates read: the locale of their formats, and the words for an unknown date. */
export interface DateWording {
  readonly locale: string;
  readonly undated: string;
}

/** What readers see for unknown dates in author-facing messages; pages take their language's word (src/lib/i18n/ui.ts). */
export const UNKNOWN_DATE_TEXT = 'Undated';

/** British English: the wording of author-facing messages, and the default. */
const MESSAGE_WORDING: DateWording = { locale: 'en-GB', undated: UNKNOWN_DATE_TEXT };

const readerFormats = new Map<string, Readonly<Record<DatePrecision, Intl.DateTimeFormat>>>();

// UTC, so the build never depends on the machine's settings; the locale is the dossier's.
function formatsOf(locale: string): Readonly<Record<DatePrecision, Intl.DateTimeFormat>> {
  let formats = readerFormats.get(locale);
  if (!formats) {
    formats = {
      day: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
      month: new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
      year: new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }),
    };
    readerFormats.set(locale, formats);
  }
  return formats;
}

function formatDate(date: PartialDate, wording: DateWording = MESSAGE_WORDING): string {
  return date.precision === 'unknown' ? wording.undated : formatsOf(wording.locale)[date.precision].format(firstMoment(date));
}

/** For readers: `14 June 2025`, `June 2025`, `2025` or `Undated` (in British English unless `wording` says otherwise). */
export function formatPartialDate(text: string, wording: DateWording = MESSAGE_WORDING): string {
  return formatDate(partialDate(text), wording);
}

/**
 * Chronological order. A date known only to the month or year comes after
 * the finer dates it contains (`2025-06-30` < `2025-06` < `2025-07-01`; the
 * timeline says so to its readers), and unknown dates come last.
 */
export function comparePartialDates(a: string, b: string): number {
  return compareKeys(dateKey(partialDate(a)), dateKey(partialDate(b)));
}

/**
 * Day ranges: `2025-06-13/2025-06-14` (an ISO 8601 interval of two days),
 * for an event the sources place between two days. Timeline dates are a
 * partial date or a range.
 */
const RANGE_SEPARATOR = '/';

/** The first and last day of a range, or undefined when the text is not one. */
export function rangeOf(text: string): { readonly start: string; readonly end: string } | undefined {
  const parts = text.split(RANGE_SEPARATOR);
  if (parts.length !== 2) return undefined;
  return { start: parts[0]!, end: parts[1]! };
}

/** Whether text is a range of two real days, the first before the last, or why not. */
export function checkDayRange(text: string): { ok: true } | { ok: false; reason: string } {
  const range = rangeOf(text);
  if (!range) return { ok: false, reason: 'not written YYYY-MM-DD/YYYY-MM-DD' };
  for (const day of [range.start, range.end]) {
    const parsed = parsePartialDate(day);
    if (!parsed.ok) return { ok: false, reason: parsed.problem === 'calendar' ? parsed.reason : 'not written YYYY-MM-DD/YYYY-MM-DD' };
    if (parsed.date.precision !== 'day') return { ok: false, reason: 'a range runs from one day to another, each written YYYY-MM-DD' };
  }
  if (range.start >= range.end) return { ok: false, reason: 'its first day must come before its last' };
  return { ok: true };
}

/** A timeline date's first and last moments as sort keys: a day is its own range; a month or year comes after the days it contains. */
function sortKeys(text: string): readonly [readonly number[], readonly number[]] {
  const range = rangeOf(text);
  if (range) return [dateKey(partialDate(range.start)), dateKey(partialDate(range.end))];
  const key = dateKey(partialDate(text));
  return [key, key];
}

const dateKey = (date: PartialDate): number[] =>
  date.precision === 'unknown' ? [Infinity, 0, 0] : [date.year, date.precision === 'year' ? 13 : date.month, date.precision === 'day' ? date.day : 32];

const compareKeys = (ka: readonly number[], kb: readonly number[]) => {
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
  return 0;
};

/**
 * Chronological order of timeline dates, ranges among them: by first day,
 * then last, so that a range comes after the days before it and before
 * those after its first day, and no event is listed after one it precedes.
 */
export function compareTimelineDates(a: string, b: string): number {
  const [[startA, endA], [startB, endB]] = [sortKeys(a), sortKeys(b)];
  return compareKeys(startA, startB) || compareKeys(endA, endB);
}

/** For readers: `13–14 June 2025` for a range, as formatPartialDate for any other date. */
export function formatTimelineDate(text: string, wording: DateWording = MESSAGE_WORDING): string {
  const range = rangeOf(text);
  return range ? formatsOf(wording.locale).day.formatRange(firstMoment(partialDate(range.start) as DayDate), firstMoment(partialDate(range.end) as DayDate)) : formatPartialDate(text, wording);
}

/** The `datetime` of a timeline date: its first day for a range (HTML has no interval), else as isoDateText. */
export function timelineDateTime(text: string): string | undefined {
  return rangeOf(text)?.start ?? isoDateText(text);
}

type DayDate = Extract<PartialDate, { precision: 'day' }>;

/**
 * The ISO 8601 text of a known date, as HTML's `datetime` attribute and
 * schema.org's `Date` take it; nothing for an unknown one.
 */
export function isoDateText(text: string): string | undefined {
  return partialDate(text).precision === 'unknown' ? undefined : text;
}

/** The first moment (midnight UTC) of a known date's day, month or year; nothing for an unknown one. */
export function firstMomentOf(text: string): Date | undefined {
  const date = partialDate(text);
  return date.precision === 'unknown' ? undefined : firstMoment(date);
}

/** The UTC day of a moment, `YYYY-MM-DD`. */
export function isoDayOf(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** A CSL-JSON date: the `date-parts` of one date, as precise as it is known. */
export interface CslDate {
  readonly 'date-parts': readonly [readonly number[]];
}

/** `2025`, `2025-06` or `2025-06-14` as CSL date parts; nothing for `unknown`. */
export function cslDateOf(text: string): CslDate | undefined {
  const date = partialDate(text);
  switch (date.precision) {
    case 'unknown':
      return undefined;
    case 'year':
      return { 'date-parts': [[date.year]] };
    case 'month':
      return { 'date-parts': [[date.year, date.month]] };
    case 'day':
      return { 'date-parts': [[date.year, date.month, date.day]] };
  }
}
