/** Partial dates: parsing, the schemas' messages, readers' wording, order and conversions. */
import { describe, expect, it } from 'vitest';
import {
  checkDayRange,
  comparePartialDates,
  compareTimelineDates,
  cslDateOf,
  firstMomentOf,
  formatPartialDate,
  formatTimelineDate,
  isoDateText,
  isoDayOf,
  parsePartialDate,
  precisionOf,
} from '../../src/lib/dates/partial-date.ts';
import { DayOrMonthSchema, IsoDateSchema, PartialDateSchema } from '../../src/schemas/partial-date.ts';
import { formatIssue } from '../../src/schemas/error-map.ts';

describe('parsePartialDate: dates', () => {
  it.each([
    ['2025-06-14', { precision: 'day', year: 2025, month: 6, day: 14 }],
    ['2024-02-29', { precision: 'day', year: 2024, month: 2, day: 29 }],
    ['2000-02-29', { precision: 'day', year: 2000, month: 2, day: 29 }],
    ['2025-12-31', { precision: 'day', year: 2025, month: 12, day: 31 }],
    ['2025-06', { precision: 'month', year: 2025, month: 6 }],
    ['2025', { precision: 'year', year: 2025 }],
    ['0001', { precision: 'year', year: 1 }],
    ['unknown', { precision: 'unknown' }],
  ])('%s', (text, date) => expect(parsePartialDate(text)).toEqual({ ok: true, date }));
});

describe('parsePartialDate: not dates, and why', () => {
  it.each([
    ['2025-02-30', 'calendar', 'February 2025 has 28 days'],
    ['2024-02-30', 'calendar', 'February 2024 has 29 days'],
    ['1900-02-29', 'calendar', 'February 1900 has 28 days'],
    ['2025-06-31', 'calendar', 'June 2025 has 30 days'],
    ['2025-06-00', 'calendar', 'there is no day 0'],
    ['2025-13', 'calendar', 'there is no month 13'],
    ['2025-00-10', 'calendar', 'there is no month 0'],
    ['0000', 'calendar', 'there is no year 0'],
    ['14 June 2025', 'form', 'not written YYYY-MM-DD, YYYY-MM, YYYY or "unknown"'],
    ['2025-6-14', 'form', 'not written YYYY-MM-DD, YYYY-MM, YYYY or "unknown"'],
    ['2025-06-14T10:00', 'form', 'not written YYYY-MM-DD, YYYY-MM, YYYY or "unknown"'],
    ['25', 'form', 'not written YYYY-MM-DD, YYYY-MM, YYYY or "unknown"'],
    ['Unknown', 'form', 'not written YYYY-MM-DD, YYYY-MM, YYYY or "unknown"'],
    ['', 'form', 'not written YYYY-MM-DD, YYYY-MM, YYYY or "unknown"'],
  ])('%s', (text, problem, reason) => expect(parsePartialDate(text)).toMatchObject({ ok: false, problem, reason }));
});

describe('the schemas: friendly messages', () => {
  const message = (schema: typeof IsoDateSchema | typeof PartialDateSchema, value: unknown) => {
    const result = schema.safeParse(value, { reportInput: true });
    return result.success ? 'accepted' : formatIssue({ ...result.error.issues[0]!, path: ['date'] });
  };
  const PARTIAL = '"date" must be a date written YYYY-MM-DD, YYYY-MM or YYYY, or "unknown"';
  it.each([
    ['published', PartialDateSchema, '2025-06-14', 'accepted'],
    ['published', PartialDateSchema, 2025, 'accepted'],
    ['published', PartialDateSchema, 'unknown', 'accepted'],
    ['published', PartialDateSchema, '2025-02-30', '"date" must be a real date (February 2025 has 28 days), not the text "2025-02-30".'],
    ['published', PartialDateSchema, '2025-13', '"date" must be a real date (there is no month 13), not the text "2025-13".'],
    ['published', PartialDateSchema, 'last week', `${PARTIAL}, not the text "last week".`],
    ['published', PartialDateSchema, 20.5, '"date" must be text, not the number 20.5.'],
    ['updated', IsoDateSchema, '2025-06-14', 'accepted'],
    ['updated', IsoDateSchema, '2025-06', '"date" must be a date written YYYY-MM-DD, not the text "2025-06".'],
    ['updated', IsoDateSchema, '2025-13', '"date" must be a date written YYYY-MM-DD, not the text "2025-13".'],
    ['updated', IsoDateSchema, 'unknown', '"date" must be a date written YYYY-MM-DD, not the text "unknown".'],
    ['updated', IsoDateSchema, '2025-04-31', '"date" must be a real date (April 2025 has 30 days), not the text "2025-04-31".'],
    ['event', DayOrMonthSchema, '2025-06', 'accepted'],
    ['event', DayOrMonthSchema, '2025', '"date" must be a date written YYYY-MM-DD or YYYY-MM, not the text "2025".'],
    ['event', DayOrMonthSchema, 2025, '"date" must be a date written YYYY-MM-DD or YYYY-MM, not the text "2025".'],
    ['event', DayOrMonthSchema, '2025-02-30', '"date" must be a real date (February 2025 has 28 days), not the text "2025-02-30".'],
  ])('%s: %j', (_field, schema, value, expected) => expect(message(schema, value)).toBe(expected));
});

describe('formatPartialDate', () => {
  it.each([
    ['2025-06-14', '14 June 2025'],
    ['2025-06-01', '1 June 2025'],
    ['2025-06', 'June 2025'],
    ['2025-12', 'December 2025'],
    ['2025', '2025'],
    ['0050-03-01', '1 March 50'],
    ['unknown', 'Undated'],
  ])('%s reads %j', (text, expected) => expect(formatPartialDate(text)).toBe(expected));

  it('throws on text the schemas would refuse', () => {
    expect(() => formatPartialDate('2025-02-30')).toThrow('"2025-02-30" is not a partial date: February 2025 has 28 days.');
  });
});

describe('comparePartialDates', () => {
  it('sorts a mixed list: chronological, a period after the finer dates it contains, unknown last', () => {
    const mixed = ['unknown', '2025-07-01', '2025', '2025-06', '2024-12-31', '2025-06-30', '2026', '2025-06-01', 'unknown', '2024'];
    expect([...mixed].sort(comparePartialDates)).toEqual([
      '2024-12-31', '2024', '2025-06-01', '2025-06-30', '2025-06', '2025-07-01', '2025', '2026', 'unknown', 'unknown',
    ]);
  });

  it.each([
    ['2025-06-14', '2025-06-14', 0],
    ['2025-06', '2025-06', 0],
    ['unknown', 'unknown', 0],
    ['2025-06-14', '2025-06-15', -1],
    ['9999', 'unknown', -1],
  ])('%s against %s', (a, b, sign) => {
    expect(Math.sign(comparePartialDates(a, b))).toBe(sign);
    expect(Math.sign(comparePartialDates(b, a))).toBe(sign === 0 ? 0 : -sign);
  });
});

describe('conversions', () => {
  it.each([
    ['2025-06-14', 'day', '2025-06-14', '2025-06-14T00:00:00.000Z', [2025, 6, 14]],
    ['2025-06', 'month', '2025-06', '2025-06-01T00:00:00.000Z', [2025, 6]],
    ['2025', 'year', '2025', '2025-01-01T00:00:00.000Z', [2025]],
    ['0050', 'year', '0050', '0050-01-01T00:00:00.000Z', [50]],
  ])('%s: precision, datetime, first moment, CSL date-parts', (text, precision, iso, moment, parts) => {
    expect(precisionOf(text)).toBe(precision);
    expect(isoDateText(text)).toBe(iso);
    expect(firstMomentOf(text)?.toISOString()).toBe(moment);
    expect(cslDateOf(text)).toEqual({ 'date-parts': [parts] });
  });

  it('unknown has a precision but no datetime, moment or CSL date', () => {
    expect(precisionOf('unknown')).toBe('unknown');
    expect(isoDateText('unknown')).toBeUndefined();
    expect(firstMomentOf('unknown')).toBeUndefined();
    expect(cslDateOf('unknown')).toBeUndefined();
  });

  it.each([
    ['2025-06-14T23:59:59.999Z', '2025-06-14'],
    ['2025-06-14T23:59:59.999-01:00', '2025-06-15'],
  ])('isoDayOf(%s) is the UTC day %s', (moment, day) => expect(isoDayOf(new Date(moment))).toBe(day));
});

describe('timeline dates: day ranges among days and months', () => {
  it('sorts a range after the days before it and before the days after its first, a month after all its days', () => {
    const dates = ['2025-06-14', '2025-06', '2025-06-13/2025-06-14', '2025-06-15', '2025-06-13', '2025-06-12/2025-06-16', '2025-06-12'];
    expect([...dates].sort(compareTimelineDates)).toEqual(['2025-06-12', '2025-06-12/2025-06-16', '2025-06-13', '2025-06-13/2025-06-14', '2025-06-14', '2025-06-15', '2025-06']);
  });

  // Intl.DateTimeFormat's range, as en-GB writes it: an en dash between thin spaces.
  it.each([
    ['2025-06-13/2025-06-14', '13\u2009–\u200914 June 2025'],
    ['2025-06-30/2025-07-01', '30 June\u2009–\u20091 July 2025'],
    ['2024-12-31/2025-01-01', '31 December 2024\u2009–\u20091 January 2025'],
    ['2025-06-13', '13 June 2025'],
    ['2025-06', 'June 2025'],
  ])('shows %s as “%s”', (text, shown) => {
    expect(formatTimelineDate(text)).toBe(shown);
  });

  it.each([
    ['2025-06-13/2025-06-14', true],
    ['2025-06-14/2025-06-13', false],
    ['2025-06-13/2025-06-13', false],
    ['2025-06/2025-07', false],
    ['2025-06-13/2025-06-31', false],
    ['2025-06-13/2025-06-14/2025-06-15', false],
  ])('%s is a range of days: %s', (text, ok) => {
    expect(checkDayRange(text).ok).toBe(ok);
  });
});
