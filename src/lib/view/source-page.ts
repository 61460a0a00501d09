/**
 * What a source page shows: each paragraph with its cited and noted runs
 * marked and the notes and citations beside it, each linking to the same
 * words in the original, the files to cite it from, and its JSON-LD.
 */
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { ElementContent } from 'hast';
import type { IncomingCitation, ResolvedNote, PublishedArticle } from '../dossier/model.ts';
import type { ArticleBlock } from '../text/paragraphs.ts';
import type { Range } from '../text/segments.ts';
import { highlightRanges, wrapRanges } from '../text/highlight.ts';
import { quoteId } from '../dossier/documents.ts';
import { hasBlockContent } from '../text/inline-html.ts';
import { CITATION_FORMATS } from '../bibliography/citation-formats.ts';
import { newsArticleJsonLd } from '../bibliography/json-ld.ts';
import type { SiteUrls } from '../urls.ts';
import type { Ui } from '../i18n/ui.ts';
import type { ArticleData } from '../../schemas/article.ts';
import type { Passage } from '../citations/match.ts';
import { passageTextDirective, withTextFragment } from '../text/text-fragment.ts';

/** How a run of a passage is marked: cited by a quote, or under a note of its kind (also its CSS class). */
export type PassageMark = 'cited' | `noted-${ResolvedNote['kind']}`;

type Paragraph = Extract<ArticleBlock, { kind: 'paragraph' }>;

/** A link to the same words in the original article (a text fragment), when the article has a URL. */
interface InTheOriginal {
  readonly original?: string;
}

/** A numbered paragraph as its page shows it. */
export interface PassageView {
  readonly kind: 'paragraph';
  readonly number: number;
  /** Its sanitised markup (or its plain text) with cited and noted runs marked. */
  readonly html: string;
  /** A paragraph holding a list cannot be a <p>. */
  readonly element: 'p' | 'div';
  /** Cited as a whole (a ¶ locator), not by quoting words of it. */
  readonly citedWhole: boolean;
  readonly notes: readonly (ResolvedNote & InTheOriginal)[];
  readonly cites: readonly (IncomingCitation & InTheOriginal)[];
}

export type SourceBlockView = PassageView | { readonly kind: 'heading'; readonly text: string };

/** A paragraph's content as markup: its sanitised markup, or its plain text as one text node. */
export const paragraphContent = (block: Paragraph): readonly ElementContent[] => block.content ?? [{ type: 'text', value: block.text }];

/** The element a paragraph is shown in: one holding a list cannot be a <p>. */
export const paragraphElement = (block: Paragraph): 'p' | 'div' => (block.content && hasBlockContent(block.content) ? 'div' : 'p');

/** The kinds of mark the page's passages carry, in the legend's order: a legend explains only what the page shows. */
export function markKindsOn(blocks: readonly SourceBlockView[]): PassageMark[] {
  const shown = new Set(blocks.flatMap((block) => (block.kind === 'paragraph' ? passageRanges(block.cites, block.notes).map((range) => range.tag) : [])));
  return LEGEND_ORDER.filter((kind) => shown.has(kind));
}

const LEGEND_ORDER: readonly PassageMark[] = ['cited', 'noted-error', 'noted-caution', 'noted-context'];

/** The runs of a paragraph to mark: every quoted citation, and every note. */
export function passageRanges(cites: readonly IncomingCitation[], notes: readonly ResolvedNote[]): Range<PassageMark>[] {
  return [
    ...cites.filter((c) => c.use.locator.kind === 'quote').map((c) => ({ start: c.use.passage.start, end: c.use.passage.end, tag: 'cited' as const })),
    ...notes.map((n) => ({ start: n.passage.start, end: n.passage.end, tag: `noted-${n.kind}` as const })),
  ];
}

/**
 * A paragraph's markup with each range marked: `<mark class="cited">` around cited runs, a span with the notes' classes
 * inside it. Each quoted range is also wrapped whole in a `<span class="quote">` whose id (`quoteId`) citations link to,
 * so that the words a link cites can be told from the other cited words; a quote that crosses the end of another is
 * wrapped in pieces, the first with the id and the rest marked `quote-rest`.
 */
export function markedPassageHtml(block: Paragraph, ranges: readonly Range<PassageMark>[]): string {
  const quoted = new Map(ranges.filter((r) => r.tag === 'cited').map((r) => [`${r.start}-${r.end}`, r]));
  const withQuotes = wrapRanges(paragraphContent(block), [...quoted.values()], (range, piece, children) =>
    piece === 0
      ? h('span', { className: ['quote'], id: quoteId({ paragraph: block.number, start: range.start, end: range.end }) }, children)
      : h('span', { className: ['quote', 'quote-rest'] }, children),
  );
  return toHtml(
    highlightRanges<PassageMark>(withQuotes, ranges, (text, marks) => {
      const notes = marks.filter((m) => m !== 'cited');
      const inner: ElementContent = notes.length > 0 ? h('span', { className: notes }, text) : { type: 'text', value: text };
      return marks.includes('cited') ? h('mark', { className: ['cited'] }, [inner]) : inner;
    }),
  );
}

function byParagraph<T>(items: readonly T[], paragraphOf: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const paragraph = paragraphOf(item);
    groups.set(paragraph, [...(groups.get(paragraph) ?? []), item]);
  }
  return groups;
}

/** The article's blocks in order, each paragraph with what the dossier says about it. */
export function sourceBlocks(
  article: Pick<PublishedArticle, 'blocks' | 'notes'> & { readonly data: Pick<ArticleData, 'url'> },
  incoming: readonly IncomingCitation[],
): SourceBlockView[] {
  const { url } = article.data;
  const paragraphs = article.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
  const inTheOriginal = (passage: Passage): InTheOriginal => (url ? { original: withTextFragment(url, passageTextDirective(paragraphs, passage)) } : {});
  const citesByParagraph = byParagraph(incoming, (c) => c.use.passage.paragraph);
  const notesByParagraph = byParagraph(article.notes, (n) => n.passage.paragraph);
  return article.blocks.map((block) => {
    if (block.kind === 'heading') return { kind: 'heading', text: block.text };
    const cites = (citesByParagraph.get(block.number) ?? []).map((c) => ({ ...c, ...inTheOriginal(c.use.passage) }));
    const notes = (notesByParagraph.get(block.number) ?? []).map((n) => ({ ...n, ...inTheOriginal(n.passage) }));
    return {
      kind: 'paragraph',
      number: block.number,
      html: markedPassageHtml(block, passageRanges(cites, notes)),
      element: paragraphElement(block),
      citedWhole: cites.some((c) => c.use.locator.kind === 'paragraph'),
      notes,
      cites,
    };
  });
}

/** The order notes lead a paragraph's folded line in: an error before a caution before context. */
const NOTE_SEVERITY: readonly ResolvedNote['kind'][] = ['error', 'caution', 'context'];

/**
 * The note a paragraph's folded line begins with, the most severe (the first
 * written of its kind), and the kinds of all its notes, most severe first.
 */
export function leadingNote(passage: Pick<PassageView, 'notes'>): { note: ResolvedNote; kinds: ResolvedNote['kind'][] } | undefined {
  const kinds = NOTE_SEVERITY.filter((kind) => passage.notes.some((n) => n.kind === kind));
  const note = passage.notes.find((n) => n.kind === kinds[0]);
  return note ? { note, kinds } : undefined;
}

/** What the folded notes of a paragraph hold, in one line: "2 notes · cited in 3 places". */
export function asideSummary(ui: Ui, passage: Pick<PassageView, 'notes' | 'cites'>): string {
  const parts = [
    ...(passage.notes.length > 0 ? [ui.count('count.note', passage.notes.length)] : []),
    ...(passage.cites.length > 0 ? [ui.count('passage.citedIn', passage.cites.length)] : []),
  ];
  const line = parts.join(' · ');
  return line.charAt(0).toLocaleUpperCase(ui.locale) + line.slice(1);
}

/** The files a reference manager imports, one per citation format, each downloaded as `<id>.<extension>`. */
export function citationDownloads(articleId: string, urls: SiteUrls): { label: string; href: string; download: string }[] {
  return Object.values(CITATION_FORMATS).map(({ file, label }) => ({
    label,
    href: urls.sourceFile(articleId, file),
    download: `${articleId}.${file.split('.').at(-1)}`,
  }));
}

/** The page's JSON-LD: the article, as the main entity of its page within the dossier's site (absolute URLs). */
export function sourcePageJsonLd(article: Pick<PublishedArticle, 'id' | 'data'>, dossierTitle: string, site: URL | string, urls: SiteUrls): Record<string, unknown> {
  const absolute = (path: string) => new URL(path, site).href;
  return newsArticleJsonLd(article.data, {
    pageUrl: absolute(urls.source(article.id)),
    dossier: { name: dossierTitle, url: absolute(urls.home()) },
  });
}
