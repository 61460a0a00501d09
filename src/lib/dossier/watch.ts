/**
 * What to watch: indicators a topic lists in its frontmatter (`watch`), each
 * naming what would change some of its key judgments and the date it is
 * expected by. The dossier lists them soonest first; `npm run check` warns
 * of those whose date has passed without a review since. Pages show only the
 * dates, never whether one has passed, so a build does not depend on the day
 * it runs.
 */
import type { TopicData, WatchIndicatorData } from '../../schemas/topic.ts';
import type { Diagnostic } from '../content/diagnostics.ts';
import { comparePartialDates, precisionOf } from '../dates/partial-date.ts';
import { uiFor, type Ui } from '../i18n/ui.ts';

/** Author-facing messages are in English, whatever the dossier's language. */
const MESSAGE_UI = uiFor('en');
import type { Judgment } from './documents.ts';
import type { ContentInput } from './inputs.ts';

export interface WatchIndicator extends WatchIndicatorData {
  /** Slug of the topic that lists it. */
  readonly topic: string;
  /** Where its `expected_by` is written: the topic's file, line and column. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** A topic with its rendered key judgments, whose ids its indicators must name. */
export interface WatchingTopic {
  readonly input: ContentInput<TopicData>;
  readonly judgments: readonly Judgment[];
}

/**
 * Every topic's indicators, soonest expected first (a month-only date after
 * the days of its month; equal dates keep the order of topics and files). An
 * indicator naming no key judgment of its page is an error at the name.
 */
export function collectWatchIndicators(topics: readonly WatchingTopic[], diagnostics: Diagnostic[]): WatchIndicator[] {
  const indicators = topics.flatMap(({ input, judgments }) => {
    const ids = new Set(judgments.flatMap((j) => (j.id ? [j.id] : [])));
    const place = (path: readonly PropertyKey[]) => input.locate?.(path) ?? { line: 1, column: 1 };
    return (input.data.watch ?? []).map((indicator, index): WatchIndicator => {
      indicator.judgments.forEach((id, j) => {
        if (ids.has(id)) return;
        const message = `watch[${index}]: no key judgment of this page has the id "${id}".`;
        diagnostics.push({ file: input.file, ...place(['watch', index, 'judgments', j]), severity: 'error', message });
      });
      return { ...indicator, topic: input.id, file: input.file, ...place(['watch', index, 'expected_by']) };
    });
  });
  return indicators.map((indicator, order) => ({ indicator, order }))
    .sort((a, b) => comparePartialDates(a.indicator.expected_by, b.indicator.expected_by) || a.order - b.order)
    .map(({ indicator }) => indicator);
}

/** For readers: "by 22 June 2025", or "by the end of June 2025" for a month; in British English for author-facing messages. */
export function expectedByText(expectedBy: string, ui: Pick<Ui, 'text' | 'date'> = MESSAGE_UI): string {
  return ui.text(precisionOf(expectedBy) === 'month' ? 'date.expectedByEndOf' : 'date.expectedBy', { date: ui.date(expectedBy) });
}

/**
 * Whether an indicator is due for review on `today` (YYYY-MM-DD): its date
 * has passed (a month's, once the month has ended) and it has not been
 * reviewed since.
 */
export function isDueForReview(indicator: Pick<WatchIndicatorData, 'expected_by' | 'reviewed'>, today: string): boolean {
  const passed = (day: string) => comparePartialDates(day, indicator.expected_by) > 0;
  return passed(today) && !(indicator.reviewed && passed(indicator.reviewed.date));
}

/** A warning at the `expected_by` of each indicator due for review on `today`. */
export function dueForReviewWarnings(indicators: readonly WatchIndicator[], today: string): Diagnostic[] {
  return indicators.flatMap((indicator) =>
    isDueForReview(indicator, today)
      ? [{
          file: indicator.file,
          line: indicator.line,
          column: indicator.column,
          severity: 'warning' as const,
          message: `Watch indicator due for review: it was expected ${expectedByText(indicator.expected_by)}. Revise the judgments it bears on, record the review (reviewed: date and finding), or remove it.`,
        }]
      : [],
  );
}
