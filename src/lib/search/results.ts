/**
 * What the search page shows of a Pagefind result: its type, title and
 * link, and its best sections (a topic's headings, a source's numbered
 * paragraphs), each with an excerpt as runs of text; and which filters are
 * worth offering.
 */
import { excerptRuns, markedExcerpt, type ExcerptRun } from './excerpt.ts';
import { paragraphOfId } from '../dossier/documents.ts';

export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

/** A matched word: where it is in the page's content, and how much it counts. */
export interface PagefindWordLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Absent for the words before the page's first anchor: the page itself. */
  anchor?: PagefindAnchor;
  weighted_locations: PagefindWordLocation[];
}

/** What `result.data()` of Pagefind's JS API gives (the fields used here). */
export interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  weighted_locations: PagefindWordLocation[];
  anchors: PagefindAnchor[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}

export interface SectionView {
  readonly title: string;
  /** For a paragraph of a source page: its number, so the title can be shown "¶4" and read "paragraph 4". */
  readonly paragraph?: number;
  readonly url: string;
  readonly excerpt: readonly ExcerptRun[];
}

export interface ResultView {
  /** The page's type (the `type` filter): Topic, Source, Claim, Entity, Timeline or Briefing. */
  readonly type: string;
  readonly title: string;
  /** For an entity's page, the names search knows it by (its "names" meta). */
  readonly names: readonly string[];
  readonly url: string;
  readonly excerpt: readonly ExcerptRun[];
  /** The sections with most of the matched words, best first. */
  readonly sections: readonly SectionView[];
}

/** Between the names of an entity's "names" meta (src/pages/entities/[slug].astro). */
export const NAMES_SEPARATOR = ' · ';

const PASSAGE_EXCERPT_WORDS = 28;
const SECTIONS_SHOWN = 3;

/** Up to PASSAGE_EXCERPT_WORDS words of the passage `start`–`end` of `words`, from a little before its first hit, hits marked. */
function passageExcerpt(words: readonly string[], start: number, end: number, hits: readonly number[]): string {
  const from = Math.max(start, (hits[0] ?? start) - PASSAGE_EXCERPT_WORDS / 4);
  return markedExcerpt(words.slice(from, Math.min(end, from + PASSAGE_EXCERPT_WORDS)), new Set(hits), from);
}

/**
 * Pagefind splits results into sub-results at headings only. A source page's
 * unit is the numbered paragraph (`<div id="p-4">`), so a source page's
 * sub-results are rebuilt from Pagefind's anchors: one per paragraph that
 * holds a hit, linking to that paragraph with the search terms kept.
 */
export function passageSubResults(result: PagefindResultData): PagefindResultData {
  const paragraphs = result.anchors.filter((a) => paragraphOfId(a.id) !== undefined).sort((a, b) => a.location - b.location);
  if (paragraphs.length === 0) return result;
  const words = result.content.split(/\s+/u);
  const hitsByAnchor = new Map<PagefindAnchor, PagefindWordLocation[]>();
  for (const word of result.weighted_locations) {
    const anchor = paragraphs.filter((a) => a.location <= word.location).pop();
    if (anchor) hitsByAnchor.set(anchor, [...(hitsByAnchor.get(anchor) ?? []), word]);
  }
  const sub_results = [...hitsByAnchor.entries()].map(([anchor, hits]) => {
    const url = new URL(result.url, 'https://dossier.invalid');
    url.hash = anchor.id;
    const end = paragraphs[paragraphs.indexOf(anchor) + 1]?.location ?? words.length;
    return {
      title: `¶${paragraphOfId(anchor.id)}`,
      url: `${url.pathname}${url.search}${url.hash}`,
      excerpt: passageExcerpt(words, anchor.location, end, hits.map((h) => h.location)),
      anchor,
      weighted_locations: hits,
    };
  });
  return { ...result, sub_results };
}

const score = (sub: PagefindSubResult) => sub.weighted_locations.reduce((sum, word) => sum + word.balanced_score, 0);

/** The view of one result; `untyped` names the type of a page that has none. */
export function resultView(data: PagefindResultData, untyped: string): ResultView {
  const sections = passageSubResults(data)
    .sub_results.filter((sub) => sub.anchor !== undefined)
    .sort((a, b) => score(b) - score(a))
    .slice(0, SECTIONS_SHOWN)
    .map((sub) => {
      const paragraph = sub.anchor ? paragraphOfId(sub.anchor.id) : undefined;
      return { title: sub.title, url: sub.url, excerpt: excerptRuns(sub.excerpt), ...(paragraph === undefined ? {} : { paragraph }) };
    });
  return {
    type: data.filters['type']?.[0] ?? untyped,
    title: data.meta['title'] ?? data.url,
    names: data.meta['names']?.split(NAMES_SEPARATOR) ?? [],
    url: data.url,
    excerpt: excerptRuns(data.excerpt),
    sections,
  };
}

/** Filter values and how many pages (or results) have each, by filter: what `pagefind.filters()` gives. */
export type FilterCounts = Readonly<Record<string, Readonly<Record<string, number>>>>;

export interface FilterGroup {
  readonly name: string;
  readonly label: string;
  readonly values: readonly { readonly value: string; readonly count: number }[];
}

/** The filters the layout sets on pages (Base.astro), in the order offered; each is labelled `search.filter.<name>` in the UI strings. */
export const FILTER_NAMES: readonly string[] = ['type', 'topic', 'status', 'outlet', 'entity'];

/** The filters worth offering: those with two values or more, each value's pages most first. */
export function filterGroups(counts: FilterCounts, labelOf: (name: string) => string): FilterGroup[] {
  const order = FILTER_NAMES;
  return Object.entries(counts)
    .filter(([name]) => order.includes(name))
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([name, values]) => ({
      name,
      label: labelOf(name),
      values: Object.entries(values)
        .filter(([, count]) => count > 0)
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    }))
    .filter((group) => group.values.length > 1);
}

/**
 * `views` with the pages named exactly `term` (by title or, for an entity,
 * one of its names; case aside) first, the rest in their order. Search
 * matches words by their beginnings, so "UK" also finds "Ukraine" and
 * "Israel" both entities named with it: the one so named leads.
 */
export function exactNamesFirst(views: readonly ResultView[], term: string): ResultView[] {
  const wanted = term.trim().toLocaleLowerCase('und');
  const named = (view: ResultView) => [view.title, ...view.names].some((name) => name.trim().toLocaleLowerCase('und') === wanted);
  return [...views.filter(named), ...views.filter((view) => !named(view))];
}

/** The words the results matched as they appear on the pages (their excerpts' marked words), for "did you mean". */
export function matchedWords(views: readonly ResultView[]): Set<string> {
  const words = new Set<string>();
  for (const view of views) {
    for (const run of [...view.excerpt, ...view.sections.flatMap((section) => section.excerpt)]) {
      if (run.marked) for (const word of run.text.split(/[^\p{L}\p{N}'’-]+/u)) if (word) words.add(word);
    }
  }
  return words;
}
