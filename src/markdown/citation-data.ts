/** Data the citation plugin leaves on `file.data` for the pages that render it. */
import type { Passage } from '../lib/citations/match.ts';
import type { Locator } from '../lib/citations/syntax.ts';

/** One use of a citation in a document, in reading order. */
export interface CitationUse {
  /** 1-based position among the document's citation uses; the marker's id is `cite-ref-<n>`. */
  readonly use: number;
  /** 1-based number of the cited source in the document's list of sources. */
  readonly sourceNumber: number;
  readonly articleId: string;
  readonly locator: Locator;
  readonly passage: Passage;
  /** The sentence of the document that carries the citation, without citations. */
  readonly sentence: string;
  /** 1-based line and column of the citation in the document's file. */
  readonly line: number;
  readonly column: number;
}

declare module 'vfile' {
  interface DataMap {
    /** Every citation in the document, in reading order (set by remark-citations). */
    citations: CitationUse[];
  }
}

/** The fragment id of citation use `n` in its document. */
export const citationRefId = (use: number): string => `cite-ref-${use}`;
/** The fragment id of paragraph `n` on a source page. */
export const paragraphId = (paragraph: number): string => `p-${paragraph}`;
