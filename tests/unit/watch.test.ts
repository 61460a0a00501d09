/** Indicators to watch: the frontmatter field, the dossier's list, when one is due for review, the day the check takes for today, the timeline's order. */
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/lib/content/files.ts';
import { formatDiagnostic, type Diagnostic } from '../../src/lib/content/diagnostics.ts';
import { TopicSchema, type TopicData, type WatchIndicatorData } from '../../src/schemas/topic.ts';
import { collectWatchIndicators, dueForReviewWarnings, expectedByText, isDueForReview, type WatchIndicator } from '../../src/lib/dossier/watch.ts';
import type { Judgment } from '../../src/lib/dossier/documents.ts';
import { checkDay } from '../../src/lib/config/options.ts';
import { timelineEntries } from '../../src/lib/view/timeline.ts';
import type { TimelineEvent } from '../../src/lib/dossier/ledger.ts';

const FILE = 'content/topics/talks.md';
const topicFile = (watch: string) => `---\ntitle: T\nsummary: S\norder: 1\nupdated: "2025-06-15"\nwatch:\n${watch}\n---\n\nBody.\n`;

function parseTopic(watch: string) {
  const result = parseContentFile(FILE, topicFile(watch), TopicSchema);
  return result.ok ? { topic: result.value, problems: [] } : { topic: undefined, problems: result.diagnostics.map(formatDiagnostic) };
}

const judgment = (id: string): Judgment => ({ id, confidence: 'low', text: `Judgment ${id}.`, basis: 'One report.', uses: [], line: 9, column: 1 });

describe('watch in topic frontmatter', () => {
  it('accepts an indicator expected by a day or by the end of a month, with or without a review', () => {
    const { topic, problems } = parseTopic(
      [
        '  - indicator: "Talks resume."',
        '    judgments: [talks-resume]',
        '    expected_by: "2025-06-30"',
        '  - indicator: "A readout is published."',
        '    judgments: [caller, call-length]',
        '    expected_by: 2025-07',
        '    reviewed: { date: "2025-08-01", finding: "None was." }',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(topic!.data.watch).toEqual([
      { indicator: 'Talks resume.', judgments: ['talks-resume'], expected_by: '2025-06-30' },
      { indicator: 'A readout is published.', judgments: ['caller', 'call-length'], expected_by: '2025-07', reviewed: { date: '2025-08-01', finding: 'None was.' } },
    ]);
  });

  it.each([
    ['a year alone', '  - indicator: "Talks resume."\n    judgments: [a]\n    expected_by: 2025', `${FILE}:9:5 "watch[0].expected_by" must be a date written YYYY-MM-DD or YYYY-MM, not the text "2025".`],
    ['no judgment', '  - indicator: "Talks resume."\n    judgments: []\n    expected_by: "2025-06-30"', `${FILE}:8:5 "watch[0].judgments" must name at least one key judgment, not an empty list.`],
    ['a review without a finding', '  - indicator: "Talks resume."\n    judgments: [a]\n    expected_by: "2025-06-30"\n    reviewed: { date: "2025-07-01" }', `${FILE}:10:15 "watch[0].reviewed.finding" is required but missing.`],
  ])('refuses %s, at the field', (_name, watch, message) => {
    expect(parseTopic(watch).problems).toEqual([message]);
  });
});

describe('collectWatchIndicators', () => {
  const { topic } = parseTopic(
    [
      '  - indicator: "Late."',
      '    judgments: [a]',
      '    expected_by: "2025-07"',
      '  - indicator: "Early."',
      '    judgments: [a, b, missing]',
      '    expected_by: "2025-06-20"',
    ].join('\n'),
  );
  const input = { id: 'talks', file: FILE, data: topic!.data as TopicData, body: topic!.body, bodyLine: topic!.bodyLine, locate: topic!.locate };

  it('lists indicators soonest first, each placed at its expected_by', () => {
    const diagnostics: Diagnostic[] = [];
    const indicators = collectWatchIndicators([{ input, judgments: [judgment('a'), judgment('b'), judgment('missing')] }], diagnostics);
    expect(diagnostics).toEqual([]);
    expect(indicators.map((i) => [i.indicator, i.topic, `${i.file}:${i.line}:${i.column}`])).toEqual([
      ['Early.', 'talks', `${FILE}:12:5`],
      ['Late.', 'talks', `${FILE}:9:5`],
    ]);
  });

  it('refuses a judgment id no key judgment of the page has, at the id', () => {
    const diagnostics: Diagnostic[] = [];
    collectWatchIndicators([{ input, judgments: [judgment('a'), judgment('b')] }], diagnostics);
    expect(diagnostics.map(formatDiagnostic)).toEqual([`${FILE}:11:23 watch[1]: no key judgment of this page has the id "missing".`]);
  });
});

describe('isDueForReview', () => {
  const indicator = (expected_by: string, reviewed?: string): Pick<WatchIndicatorData, 'expected_by' | 'reviewed'> => ({
    expected_by,
    ...(reviewed ? { reviewed: { date: reviewed, finding: 'Nothing yet.' } } : {}),
  });
  it.each([
    ['before the day', '2025-06-22', undefined, '2025-06-21', false],
    ['on the day', '2025-06-22', undefined, '2025-06-22', false],
    ['the day after', '2025-06-22', undefined, '2025-06-23', true],
    ['within the month of a month-only date', '2025-06', undefined, '2025-06-30', false],
    ['after the month has ended', '2025-06', undefined, '2025-07-01', true],
    ['reviewed after the date', '2025-06-22', '2025-06-25', '2026-01-01', false],
    ['reviewed before the date only', '2025-06-22', '2025-06-20', '2025-06-23', true],
    ['reviewed on the day itself, which may not have ended', '2025-06-22', '2025-06-22', '2025-06-23', true],
  ])('%s', (_name, expectedBy, reviewed, today, due) => {
    expect(isDueForReview(indicator(expectedBy, reviewed), today)).toBe(due);
  });
});

describe('dueForReviewWarnings', () => {
  it('warns at the expected_by of each indicator due, saying when it was expected', () => {
    const at = (expected_by: string, line: number): WatchIndicator => ({ indicator: 'X.', judgments: ['a'], expected_by, topic: 't', file: FILE, line, column: 5 });
    expect(dueForReviewWarnings([at('2025-06-22', 9), at('2025-06', 13), at('2025-07', 17)], '2025-07-01').map(formatDiagnostic)).toEqual([
      `${FILE}:9:5 warning: Watch indicator due for review: it was expected by 22 June 2025. Revise the judgments it bears on, record the review (reviewed: date and finding), or remove it.`,
      `${FILE}:13:5 warning: Watch indicator due for review: it was expected by the end of June 2025. Revise the judgments it bears on, record the review (reviewed: date and finding), or remove it.`,
    ]);
  });
});

describe('expectedByText', () => {
  it.each([
    ['2025-06-22', 'by 22 June 2025'],
    ['2025-06', 'by the end of June 2025'],
  ])('%s reads "%s"', (date, text) => expect(expectedByText(date)).toBe(text));
});

describe('checkDay', () => {
  const now = new Date('2026-11-23T23:30:00-05:00');
  it('is the clock’s UTC day without DOSSIER_TODAY', () => expect(checkDay({}, now)).toBe('2026-11-24'));
  it('is DOSSIER_TODAY when set', () => expect(checkDay({ DOSSIER_TODAY: '2025-06-23' }, now)).toBe('2025-06-23'));
  it.each(['2025-06', '2025-6-23', '2025-02-30', 'tomorrow'])('refuses DOSSIER_TODAY=%s', (day) => {
    expect(() => checkDay({ DOSSIER_TODAY: day }, now)).toThrow(`DOSSIER_TODAY must be a day written YYYY-MM-DD, not "${day}".`);
  });
});

describe('timelineEntries', () => {
  const event = (date: string, what: string): TimelineEvent => ({ date, event: what, topic: 't', cite: '', cites: [] });
  const expected = (expected_by: string, what: string): WatchIndicator => ({ indicator: what, judgments: ['a'], expected_by, topic: 't', file: FILE, line: 1, column: 1 });
  it('puts each indicator at its date among the events, after the events of that date, month-only dates after their days', () => {
    const entries = timelineEntries(
      [event('2025-06-13', 'strikes'), event('2025-06-22', 'call'), event('2025-06', 'retaliation'), event('2025-07-02', 'talks')],
      [expected('2025-06-18', 'UN meeting'), expected('2025-06-22', 'second call'), expected('2025-06', 'readout')],
    );
    expect(entries.map((e) => (e.kind === 'event' ? e.event.event : `expected: ${e.indicator.indicator}`))).toEqual([
      'strikes',
      'expected: UN meeting',
      'call',
      'expected: second call',
      'retaliation',
      'expected: readout',
      'talks',
    ]);
  });
});
