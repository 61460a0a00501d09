import { z } from 'astro/zod';
import { TimelineDateSchema } from './partial-date.ts';

/**
 * A dated event of the timeline, `content/timeline.yaml`. Each field's
 * `.describe()` text is its documentation (docs/reference.md).
 */
export const EventSchema = z
  .strictObject({
    date: TimelineDateSchema.describe('The day; the month when only the month is known; a range of days when the sources place the event between two days.'),
    event: z.string().trim().min(1, { message: 'must not be empty' }).describe('What happened, in one line.'),
    topic: z.string().trim().min(1, { message: 'must name a topic' }).describe('Slug of the topic the event belongs to.'),
    cite: z.string().trim().min(1, { message: 'must hold at least one citation' }).describe('Citations in the usual syntax.'),
  })
  .describe('Events are shown in date order on `/timeline/`; each event\'s citation is verified like any other.');

/** The timeline file: a list of events. */
export const TimelineSchema = z.array(EventSchema);

export type EventData = z.infer<typeof EventSchema>;
