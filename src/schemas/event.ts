import { z } from 'astro/zod';
import { TimelineDateSchema } from './partial-date.ts';

/**
 * A dated event of the timeline, `content/timeline.yaml`. Its date is known
 * to the day or to the month, or lies between two days; its citation proves it like any other.
 */
export const EventSchema = z.strictObject({
  /** `YYYY-MM-DD`; `YYYY-MM` when only the month is known; `YYYY-MM-DD/YYYY-MM-DD` when the sources place it between two days. */
  date: TimelineDateSchema,
  /** What happened, in one line. */
  event: z.string().trim().min(1, { message: 'must not be empty' }),
  /** Slug of the topic the event belongs to. */
  topic: z.string().trim().min(1, { message: 'must name a topic' }),
  /** Citations in the usual syntax. */
  cite: z.string().trim().min(1, { message: 'must hold at least one citation' }),
});

/** The timeline file: a list of events. */
export const TimelineSchema = z.array(EventSchema);

export type EventData = z.infer<typeof EventSchema>;
