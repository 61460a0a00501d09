/** The index of all sources, in pages of a readable (and fast) length, by title. */
import type { PublishedArticle } from './model.ts';

export const SOURCES_PER_PAGE = 200;

export interface SourceIndexPage {
  /** 1-based. */
  readonly number: number;
  readonly count: number;
  readonly articles: readonly PublishedArticle[];
}

/** The pages of the index, its titles in the alphabetical order of `language`, the dossier's (BCP 47). */
export function sourceIndexPages(articles: readonly PublishedArticle[], language: string, perPage = SOURCES_PER_PAGE): SourceIndexPage[] {
  // Filed by the words of the title, not by a supplied title's bracket, as catalogues file.
  const sorted = [...articles].sort((a, b) => a.data.title.localeCompare(b.data.title, language) || a.id.localeCompare(b.id));
  const count = Math.max(1, Math.ceil(sorted.length / perPage));
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, articles: sorted.slice(i * perPage, (i + 1) * perPage) }));
}
