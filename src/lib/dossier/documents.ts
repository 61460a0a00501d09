/**
 * What a citing document (the briefing's lede, a topic page) is once
 * rendered: its HTML, the citations it makes, its key judgments and its
 * paragraphs. The model defines these shapes; the Markdown pipeline, a layer
 * above, produces them, and is handed to the model as a `CitingRenderer`.
 */
import type { Ui } from '../i18n/ui.ts';
import type { Passage } from '../citations/match.ts';
import type { Locator } from '../citations/syntax.ts';
import type { Corpus } from '../citations/resolve.ts';
import type { Confidence } from '../analysis/claims.ts';
import type { Diagnostic } from '../content/diagnostics.ts';
import type { JudgmentChange } from '../../schemas/topic.ts';
import type { Origin } from '../analysis/origins.ts';
import type { LedgerClaim } from './ledger.ts';

/** One use of a citation in a document, in reading order. */
export interface CitationUse {
  /**
   * 1-based number of the marker that shows it, in reading order; the
   * marker's id is `cite-ref-<n>`. Citations of one paragraph of one source
   * in one bracket share a marker, and so this number.
   */
  readonly use: number;
  /** The cited source's number, its label on every page of the dossier. */
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

/** A key judgment of a topic: a statement with a stated confidence and its basis. */
export interface Judgment {
  /** Its stable id (`{#id}` at the end of the item); the page's fragment is `judgment-<id>`. */
  readonly id?: string;
  readonly confidence: Confidence;
  /** The judgment's words as the file has them, without the confidence label, basis, citations or id; spaces collapsed. */
  readonly text: string;
  readonly basis: string;
  /** Ids of the ledger's claims it rests on (`claims=` in its marker), with the marker's place; absent when it names none. */
  readonly claims?: { readonly ids: readonly string[]; readonly line: number; readonly column: number };
  /** Numbers of the citation uses in the item. */
  readonly uses: readonly number[];
  readonly line: number;
  readonly column: number;
}

/** A paragraph of a citing document, for links into it and for entity mentions. */
export interface DocumentBlock {
  /** The paragraph's fragment id. */
  readonly id: string;
  /** Its text as readers see it, without citation markers. */
  readonly text: string;
}

/** A citing document to render. */
export interface CitingSource {
  /** Path of the file, relative to the project root. */
  readonly file: string;
  /** The Markdown after the frontmatter. */
  readonly body: string;
  /** 1-based line of the file on which `body` starts. */
  readonly bodyLine: number;
  /** Dated changes to its key judgments, shown under each judgment. */
  readonly judgmentHistory?: readonly JudgmentChange[];
}

export interface RenderedDocument {
  readonly html: string;
  readonly citations: readonly CitationUse[];
  readonly judgments: readonly Judgment[];
  readonly blocks: readonly DocumentBlock[];
  /** Ids of the ledger's claims it refers to (`{claim:<id>}`), whose verdicts it shows. */
  readonly claimReferences: readonly string[];
  /** Problems found while rendering; the HTML is not to be published if any is an error. */
  readonly diagnostics: readonly Diagnostic[];
}

export interface CitingRendererOptions {
  /** The articles citations may point at. */
  readonly corpus: Corpus;
  /** URL of the passage a citation lands on in its article's source page (see `citedPassageId`). */
  readonly passageUrl: (articleId: string, passage: Passage, locator: Locator) => string;
  /** The number of each article of the corpus: its label, the same on every page. */
  readonly sourceNumber: (articleId: string) => number;
  /** Ids of articles that exist but failed validation. */
  readonly invalidIds?: ReadonlySet<string>;
  /**
   * The origins a cited passage rests on. With it, previews name each
   * passage's origin, and a sentence whose citations all rest on one origin
   * is marked with its name.
   */
  readonly originsOf?: (articleId: string, passage: Passage) => readonly Origin[];
  /** The UI strings of the dossier's language, for what the renderer writes itself (previews, marks); English when not given. */
  readonly ui?: Ui;
  /** The site's root URL (its base path), which links written from the root (`/sources/`) are given. */
  readonly siteRoot?: string;
  /** The language of the documents (the dossier's), whose abbreviations do not end a citing sentence; English without it. */
  readonly language?: string;
  /** The claims ledger, which `{claim:<id>}` references show: claims by id, origins by key, and each claim's URL, its row in its topic's part of the ledger (/claims/<topic>/). */
  readonly ledger?: {
    readonly claims: ReadonlyMap<string, LedgerClaim>;
    readonly origin: (key: string) => Origin | undefined;
    readonly claimUrl: (id: string) => string;
  };
}

/** Makes a renderer of citing documents against one corpus (the Markdown pipeline is one). */
export type CreateCitingRenderer = (options: CitingRendererOptions) => (source: CitingSource) => Promise<RenderedDocument>;

/** The fragment id of citation use `n` in its document. */
export const citationRefId = (use: number): string => `cite-ref-${use}`;
/** The fragment id of paragraph `n` on a source page. */
export const paragraphId = (paragraph: number): string => `p-${paragraph}`;
/** The fragment id of the words a quote cites on a source page: each quoted range of a paragraph has its own. */
export const quoteId = (passage: Passage): string => `q-${passage.paragraph}-${passage.start}-${passage.end}`;
/** Where a citation lands on its source page: on the words it quotes, or on the paragraph it cites as a whole. */
export const citedPassageId = (passage: Passage, locator: Locator): string =>
  locator.kind === 'quote' ? quoteId(passage) : paragraphId(passage.paragraph);
/** The HTML a slot (`{slot:name}`, src/markdown/remark-slots.ts) leaves in its document, where a page puts a part it computes. */
export const slotHtml = (name: string): string => `<div data-slot="${name}"></div>`;
/** The fragment id of a claim's row in the ledger (its topic's part, /claims/<topic>/, and the topic's own table). */
export const claimRowId = (id: string): string => `claim-${id}`;
/** The fragment id of paragraph `n` of a citing document. */
export const blockId = (n: number): string => `para-${n}`;
/** The paragraph number of a source page's fragment id (`paragraphId`'s), or undefined for any other id. */
export const paragraphOfId = (id: string): number | undefined => numberAfter('p-', id);
/** The paragraph number of a citing document's fragment id (`blockId`'s), or undefined for any other id. */
export const blockOfId = (id: string): number | undefined => numberAfter('para-', id);
const numberAfter = (prefix: string, id: string): number | undefined =>
  id.startsWith(prefix) && /^\d+$/u.test(id.slice(prefix.length)) ? Number(id.slice(prefix.length)) : undefined;
