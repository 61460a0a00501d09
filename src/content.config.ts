/**
 * The dossier's content collections. Everything specific to one dossier lives
 * in `content/`; replacing that folder builds a dossier on another subject.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { contentFiles } from './loaders/content-files.ts';
import { ArticleSchema } from './schemas/article.ts';
import { TopicSchema } from './schemas/topic.ts';
import { DossierSchema } from './schemas/dossier.ts';
import { ClaimsFileSchema } from './schemas/claim.ts';
import { TimelineSchema } from './schemas/event.ts';
import { EntitiesSchema } from './schemas/entity.ts';
import { contentLayout } from './lib/dossier/load.ts';

const layout = contentLayout();

/** Added by the loader: the line of the file where the body starts, for messages. */
const withBodyLine = { bodyLine: z.number().int().positive() };

export const collections = {
  dossier: defineCollection({
    loader: contentFiles({ path: layout.dossier, schema: DossierSchema }),
    schema: DossierSchema.extend(withBodyLine),
  }),
  articles: defineCollection({
    loader: contentFiles({ path: layout.articles, schema: ArticleSchema }),
    schema: ArticleSchema.extend(withBodyLine),
  }),
  topics: defineCollection({
    loader: contentFiles({ path: layout.topics, schema: TopicSchema }),
    schema: TopicSchema.extend(withBodyLine),
  }),
  /** One entry per `claims/<topic>.yaml`; its id is the topic. */
  claims: defineCollection({
    loader: contentFiles({ path: layout.claims, format: 'yaml-list', schema: ClaimsFileSchema }),
    schema: z.object({ items: ClaimsFileSchema }),
  }),
  timeline: defineCollection({
    loader: contentFiles({ path: layout.timeline, format: 'yaml-list', schema: TimelineSchema }),
    schema: z.object({ items: TimelineSchema }),
  }),
  entities: defineCollection({
    loader: contentFiles({ path: layout.entities, format: 'yaml-list', schema: EntitiesSchema }),
    schema: z.object({ items: EntitiesSchema }),
  }),
};
