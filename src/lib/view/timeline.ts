/** The timeline: dated events, and the indicators to watch at the dates they are expected by; each links to its topic. */
import { compareTimelineDates } from '../dates/partial-date.ts';
import type { TimelineEvent } from '../dossier/ledger.ts';
import type { WatchIndicator } from '../dossier/watch.ts';

/** The title and page of an event's topic; an unknown topic shows its slug and links home. */
export function eventTopic(topics: readonly { readonly id: string; readonly title: string; readonly url: string }[], slug: string, home: string): { title: string; href: string } {
  const topic = topics.find((t) => t.id === slug);
  return topic ? { title: topic.title, href: topic.url } : { title: slug, href: home };
}

/** One line of the timeline: something that happened, or something expected. */
export type TimelineEntry = { readonly kind: 'event'; readonly event: TimelineEvent } | { readonly kind: 'expected'; readonly indicator: WatchIndicator };

const dateOf = (entry: TimelineEntry) => (entry.kind === 'event' ? entry.event.date : entry.indicator.expected_by);

/**
 * Events and indicators in one date order, each indicator at the date it is
 * expected by, after the events of that date; both lists come sorted, and
 * keep their order among equals.
 */
export function timelineEntries(events: readonly TimelineEvent[], indicators: readonly WatchIndicator[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [...events.map((event) => ({ kind: 'event' as const, event })), ...indicators.map((indicator) => ({ kind: 'expected' as const, indicator }))];
  return entries.sort((a, b) => compareTimelineDates(dateOf(a), dateOf(b)));
}
