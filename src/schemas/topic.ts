import { z } from 'astro/zod';
import { DayOrMonthSchema, IsoDateSchema } from './partial-date.ts';

/** One dated change to a key judgment. */
export const JudgmentChangeSchema = z.strictObject({
  /** The id of the judgment that changed. */
  judgment: z.string().trim().min(1, { message: 'must not be empty' }),
  /** When it changed, YYYY-MM-DD. */
  date: IsoDateSchema,
  /** What it was before the change: its confidence, its wording, or both. */
  from: z.strictObject({
    confidence: z.enum(['high', 'moderate', 'low']).optional(),
    text: z.string().trim().min(1, { message: 'must not be empty' }).optional(),
  }),
  /** Why it changed, in a sentence. */
  reason: z.string().trim().min(1, { message: 'must not be empty' }),
});

export type JudgmentChange = z.infer<typeof JudgmentChangeSchema>;

/**
 * An indicator to watch: an event or a report that would change key
 * judgments of the page, and when it is expected.
 */
export const WatchIndicatorSchema = z.strictObject({
  /** What to watch for, in a sentence. */
  indicator: z.string().trim().min(1, { message: 'must not be empty' }),
  /** The ids of the key judgments of this page it bears on (`{#id}`). */
  judgments: z.array(z.string().trim().min(1, { message: 'must not be empty' })).min(1, { message: 'must name at least one key judgment' }),
  /** When it is expected: by a day, `YYYY-MM-DD`, or by the end of a month, `YYYY-MM`. */
  expected_by: DayOrMonthSchema,
  /** The last review after the expected date: when, and what it found. Until there is one, `npm run check` warns. */
  reviewed: z
    .strictObject({
      date: IsoDateSchema,
      finding: z.string().trim().min(1, { message: 'must not be empty' }),
    })
    .optional(),
});

export type WatchIndicatorData = z.infer<typeof WatchIndicatorSchema>;

/**
 * Frontmatter of a hand-written topic page, `content/topics/<slug>.md`.
 * The body is Markdown whose claims carry citations.
 */
export const TopicSchema = z.strictObject({
  /** The topic's title, shown as the page heading and on the briefing. */
  title: z.string().trim().min(1, { message: 'must not be empty' }),
  /** One or two sentences shown on the topic card and in search results. */
  summary: z.string().trim().min(1, { message: 'must not be empty' }),
  /** Position among the topics on the briefing, lowest first. */
  order: z.number().int({ message: 'must be a whole number' }),
  /** When the page was last revised, YYYY-MM-DD. */
  updated: IsoDateSchema,
  /**
   * Dated changes to the key judgments (ICD 203 standard 7), each naming a
   * judgment by the id it carries in the text (`{#id}` at the end of its item),
   * what it said before, and why it changed.
   */
  judgment_history: z.array(JudgmentChangeSchema).optional(),
  /** What to watch: indicators that would change the key judgments, each with the date it is expected by. */
  watch: z.array(WatchIndicatorSchema).optional(),
});

export type TopicData = z.infer<typeof TopicSchema>;
