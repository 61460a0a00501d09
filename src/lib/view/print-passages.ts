/**
 * The endnotes of a document in the print edition: each paragraph it cites,
 * once, in the order it is first cited, with every run of it the document
 * quotes marked, so that a marker ("[1 ¶2]") can be checked on paper. The
 * text is the article's own paragraph (its sanitised markup, or its plain
 * text), the one the source page shows.
 */
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { CitationUse } from '../dossier/documents.ts';
import type { PublishedArticle } from '../dossier/model.ts';
import { highlightRanges } from '../text/highlight.ts';
import { paragraphContent, paragraphElement } from './source-page.ts';
import type { Range } from '../text/segments.ts';
import type { ArticleBlock } from '../text/paragraphs.ts';

/** A cited paragraph as its endnote shows it. */
export interface CitedPassage {
  readonly article: PublishedArticle;
  readonly paragraph: number;
  /** The paragraph's markup with each quoted run in a `<mark>`; no ids, since one paragraph may be cited under several topics. */
  readonly html: string;
  /** A paragraph holding a list cannot be a <p>. */
  readonly element: 'p' | 'div';
}

/**
 * The paragraphs `citations` cite (in reading order, as documents list them),
 * one per source and paragraph, in order of first citation. Citations of an
 * article the dossier does not publish are left out: the document could not cite it.
 */
export function citedPassages(citations: readonly CitationUse[], articleOf: (id: string) => PublishedArticle | undefined): CitedPassage[] {
  return citedParagraphs(citations, articleOf).map(({ article, block, quoted }) => {
    const html = toHtml(highlightRanges(paragraphContent(block), quoted, (text) => h('mark', text)));
    return { article, paragraph: block.number, html, element: paragraphElement(block) };
  });
}

/** How many passages citedPassages gives, without rendering them (the contents of the print edition). */
export function citedPassageCount(citations: readonly CitationUse[], articleOf: (id: string) => PublishedArticle | undefined): number {
  return citedParagraphs(citations, articleOf).length;
}

type ParagraphBlock = Extract<ArticleBlock, { kind: 'paragraph' }>;

/** Each cited paragraph once, in order of first citation, with the runs of it that are quoted. */
function citedParagraphs(
  citations: readonly CitationUse[],
  articleOf: (id: string) => PublishedArticle | undefined,
): { article: PublishedArticle; block: ParagraphBlock; quoted: Range<'quoted'>[] }[] {
  const cited = new Map<string, { article: PublishedArticle; paragraph: number; quoted: Range<'quoted'>[] }>();
  for (const { articleId, passage, locator } of citations) {
    const article = articleOf(articleId);
    if (!article) continue;
    const key = `${articleId}\u0000${passage.paragraph}`;
    const entry = cited.get(key) ?? { article, paragraph: passage.paragraph, quoted: [] };
    // A quote cited twice is marked once; a whole paragraph cited has no words to mark.
    if (locator.kind === 'quote' && !entry.quoted.some((r) => r.start === passage.start && r.end === passage.end)) {
      entry.quoted.push({ start: passage.start, end: passage.end, tag: 'quoted' });
    }
    cited.set(key, entry);
  }
  return [...cited.values()].flatMap(({ article, paragraph, quoted }) => {
    const block = article.blocks.find((b): b is ParagraphBlock => b.kind === 'paragraph' && b.number === paragraph);
    return block ? [{ article, block, quoted }] : [];
  });
}
