/**
 * What an assembly can reuse the next time (`astro dev`): an input object
 * that is the same object as last time is the same file, unchanged.
 */
import type { ArticleData } from '../../schemas/article.ts';
import type { TopicData } from '../../schemas/topic.ts';
import type { DossierData } from '../../schemas/dossier.ts';
import type { Diagnostic } from '../content/diagnostics.ts';
import type { EntityData } from '../../schemas/entity.ts';
import type { RenderedDocument } from './documents.ts';
import type { MentionPage, PageMentions } from './entities.ts';
import type { ContentInput, ListInput } from './inputs.ts';
import type { PublishedArticle, SourceArticle } from './model.ts';

/** An article built from its file, checked on its own (src/lib/dossier/assemble-articles.ts). */
export interface BuiltArticle {
  readonly article: SourceArticle;
  /** As pages show it, but for its number, which depends on the other articles. */
  readonly published: Omit<PublishedArticle, 'number'>;
  /** Its text for the duplicate check (src/lib/text/fingerprint.ts). */
  readonly fingerprint: string;
}

/** A rendered document, with what it showed of other files when rendered (assemble-documents.ts, shownBy). */
export interface CachedDocument {
  readonly rendered: RenderedDocument;
  readonly shown: string;
}

/**
 * Built articles by their input, and rendered documents by their input, as
 * long as what they show of other files is what it was when they were
 * rendered.
 */
export class AssemblyCache {
  readonly articles = new WeakMap<ContentInput<ArticleData>, BuiltArticle & { diagnostics: readonly Diagnostic[] }>();
  /** Each built article as pages show it, with the number it had: the same object while its number stays. */
  readonly numbered = new WeakMap<BuiltArticle['published'], PublishedArticle>();
  /** Each source's page of passages, by its article; each citing page's, by its rendered blocks. */
  readonly mentionPages = new WeakMap<object, MentionPage>();
  /** What each page adds to the entities of one entities file. */
  readonly pageMentions = new WeakMap<ListInput<EntityData>, WeakMap<MentionPage, PageMentions>>();
  readonly documents = new WeakMap<ContentInput<DossierData | TopicData>, CachedDocument>();
}
