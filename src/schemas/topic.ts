import { z } from 'astro/zod';
import { DayOrMonthSchema, IsoDateSchema } from './partial-date.ts';

/** One dated change to a key judgment. */
export const JudgmentChangeSchema = z.strictObject({
  judgment: z.string().trim().min(1, { message: 'must not be empty' }).describe('The id of the judgment that changed (`{#id}` at the end of its item).'),
  date: IsoDateSchema.describe('When it changed.'),
  from: z
    .strictObject({
      confidence: z.enum(['high', 'moderate', 'low']).optional().describe('Its confidence before the change.'),
      text: z.string().trim().min(1, { message: 'must not be empty' }).optional().describe('Its wording before the change.'),
    })
    .describe('What it was before the change: its confidence, its wording, or both.'),
  reason: z.string().trim().min(1, { message: 'must not be empty' }).describe('Why it changed, in a sentence.'),
});

export type JudgmentChange = z.infer<typeof JudgmentChangeSchema>;

/**
 * An indicator to watch: an event or a report that would change key
 * judgments of the page, and when it is expected.
 */
export const WatchIndicatorSchema = z.strictObject({
  indicator: z.string().trim().min(1, { message: 'must not be empty' }).describe('What to watch for, in a sentence.'),
  judgments: z
    .array(z.string().trim().min(1, { message: 'must not be empty' }))
    .min(1, { message: 'must name at least one key judgment' })
    .describe('The ids of the key judgments of this page it bears on (`{#id}`).'),
  expected_by: DayOrMonthSchema.describe('When it is expected: by a day, or by the end of a month.'),
  reviewed: z
    .strictObject({
      date: IsoDateSchema.describe('When it was reviewed.'),
      finding: z.string().trim().min(1, { message: 'must not be empty' }).describe('What the review found.'),
    })
    .optional()
    .describe('The last review after the expected date. Until there is one, `npm run check` warns once the date has passed.'),
});

export type WatchIndicatorData = z.infer<typeof WatchIndicatorSchema>;

/**
 * Frontmatter of a hand-written topic page, `content/topics/<slug>.md`.
 * Each field's `.describe()` text is its documentation (docs/reference.md).
 */
export const TopicSchema = z
  .strictObject({
    title: z.string().trim().min(1, { message: 'must not be empty' }).describe("The topic's title, shown as the page heading and on the briefing."),
    summary: z.string().trim().min(1, { message: 'must not be empty' }).describe('One or two sentences shown on the topic card and in search results.'),
    order: z.number().int({ message: 'must be a whole number' }).describe('Position among the topics on the briefing, lowest first.'),
    updated: IsoDateSchema.describe('When the page was last revised.'),
    judgment_history: z
      .array(JudgmentChangeSchema)
      .optional()
      .describe('Dated changes to the key judgments (ICD 203 standard 7), each naming a judgment by its id, what it said before, and why it changed.'),
    watch: z
      .array(WatchIndicatorSchema)
      .optional()
      .describe('What to watch: indicators that would change the key judgments, each with the date it is expected by.'),
  })
  .describe('The file name is the slug: the page is `/topics/<slug>/`. The body is Markdown whose claims carry citations; it opens with `## Key judgments`.');

export type TopicData = z.infer<typeof TopicSchema>;
