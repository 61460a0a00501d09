import { z } from 'astro/zod';
import { IsoDateSchema } from './partial-date.ts';

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
});

export type TopicData = z.infer<typeof TopicSchema>;
