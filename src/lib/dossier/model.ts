/**
 * The dossier as the site renders it: articles with their paragraphs and
 * verified notes, citing documents rendered with verified citations, and the
 * reverse index from each passage to the places that cite it.
 */
import { uiFor } from '../i18n/ui.ts';
import type { ArticleData } from '../../schemas/article.ts';
import type { JudgmentChange, TopicData } from '../../schemas/topic.ts';
import type { DossierData } from '../../schemas/dossier.ts';
import type { NoteKind } from '../../schemas/note.ts';
import { splitArticleBody, type ArticleBlock } from '../text/paragraphs.ts';
import { duplicateTexts, fingerprintBlocks, sameTextMessage } from '../text/fingerprint.ts';
import { SearchableText, type Passage } from '../citations/match.ts';
import type { CitableArticle, Corpus } from '../citations/resolve.ts';
import { resolveQuoted } from '../citations/notes.ts';
import type { Diagnostic } from '../content/diagnostics.ts';
import { citedPassageId, claimRowId, paragraphId, type CitationUse, type CreateCitingRenderer, type Judgment, type DocumentBlock, type RenderedDocument } from './documents.ts';
import type { ClaimData } from '../../schemas/claim.ts';
import type { EventData } from '../../schemas/event.ts';
import type { EntityData } from '../../schemas/entity.ts';
import type { OriginData } from '../../schemas/origin.ts';
import { distinctOrigins, namedOrigins, passagesOverlap, type Origin } from '../analysis/origins.ts';
import { claimSupport } from '../analysis/status.ts';
import { reportedSpeechMessage } from '../analysis/reported-speech.ts';
import { buildOrigins } from './origins.ts';
import { displayTitle } from '../bibliography/display-title.ts';
import { confidenceWarning } from '../analysis/claims.ts';
import { findEchoes, type EchoPassage } from '../analysis/echo.ts';
import { sentencesAround } from '../text/sentence.ts';
import { controlCharacterMessage, firstControlCharacter } from '../text/control-characters.ts';
import { buildLedger, buildTimeline, type LedgerClaim, type ListInput, type TimelineEvent } from './ledger.ts';
import { buildEntities, type Entity, type MentionPlace } from './entities.ts';
import type { Mention } from '../analysis/mentions.ts';
import { collectWatchIndicators, type WatchIndicator } from './watch.ts';
import { sourceNumbers } from './recency.ts';

/** A content file as the model needs it, whether read from disk or from Astro's content layer. */
export interface ContentInput<T> {
  readonly id: string;
  readonly file: string;
  readonly data: T;
  readonly body: string;
  readonly bodyLine: number;
  /** Line and column of a frontmatter field, when known. */
  readonly locate?: (path: readonly PropertyKey[]) => { line: number; column: number };
}

export interface DossierInputs {
  readonly dossier: ContentInput<DossierData>;
  readonly articles: readonly ContentInput<ArticleData>[];
  readonly topics: readonly ContentInput<TopicData>[];
  /** Ids of articles whose files exist but failed validation. */
  readonly invalidArticleIds?: ReadonlySet<string>;
  /** Claims files, one per topic (`claims/<topic>.yaml`). */
  readonly claims?: readonly (ListInput<ClaimData> & { readonly topic: string })[];
  /** The timeline (`timeline.yaml`). */
  readonly timeline?: ListInput<EventData>;
  /** People, organisations and places (`entities.yaml`). */
  readonly entities?: ListInput<EntityData>;
  /** The origins articles relay (`origins.yaml`). */
  readonly origins?: ListInput<OriginData>;
  /** origins.yaml exists but failed validation: names of origins cannot be checked. */
  readonly invalidOrigins?: boolean;
}

/** Where pages live; injected so the model knows nothing of the site's base path. */
export interface DossierUrls {
  readonly home: () => string;
  readonly topic: (slug: string) => string;
  readonly source: (id: string) => string;
  readonly claims: () => string;
}

export interface ResolvedNote {
  readonly kind: NoteKind;
  readonly note: string;
  readonly quote: string;
  readonly passage: Passage;
}

/** A passage an article marks as relaying a registered origin. */
export interface ResolvedAttribution {
  readonly quote: string;
  /** The origin's id in origins.yaml. */
  readonly origin: string;
  readonly passage: Passage;
}

export interface SourceArticle extends CitableArticle {
  readonly file: string;
  readonly data: ArticleData;
  readonly blocks: readonly ArticleBlock[];
  readonly notes: readonly ResolvedNote[];
  readonly attributions: readonly ResolvedAttribution[];
  /** Passages that are the report's own observation. */
  readonly observations: readonly { readonly quote: string; readonly passage: Passage }[];
  /** Passages held independent of like passages elsewhere, with the reason. */
  readonly independent: readonly { readonly quote: string; readonly reason: string; readonly passage: Passage }[];
  /** Where its publication date is written, for checks that depend on the day (a date in the future). */
  readonly publishedAt: { readonly line: number; readonly column: number };
}

export interface CitingDocument {
  readonly kind: 'briefing' | 'topic';
  readonly id: string;
  /** Its file, relative to the project root. */
  readonly file: string;
  readonly title: string;
  readonly url: string;
  readonly html: string;
  readonly citations: readonly CitationUse[];
  readonly judgments: readonly Judgment[];
  readonly blocks: readonly DocumentBlock[];
}

/** A citation of a passage, seen from the source's side. */
export interface IncomingCitation {
  readonly document: Pick<CitingDocument, 'kind' | 'id' | 'title' | 'url'>;
  readonly use: CitationUse;
}

/** An article as pages show it: everything but the search structure citations are verified with, and its number. */
export type PublishedArticle = Omit<SourceArticle, 'text'> & {
  /** Its label on every page (src/lib/dossier/recency.ts). */
  readonly number: number;
};

/** The assembled, verified dossier, as pages use it. */
export interface Dossier {
  readonly meta: Omit<ContentInput<DossierData>, 'locate'>;
  readonly briefing: CitingDocument;
  /** Topics by `order`, then id. */
  readonly topics: readonly (CitingDocument & { readonly data: TopicData })[];
  /** Articles by id. */
  readonly articles: readonly PublishedArticle[];
  readonly article: (id: string) => PublishedArticle | undefined;
  /** Every citation of an article, in the order of the citing documents. */
  readonly incoming: (articleId: string) => readonly IncomingCitation[];
  /** The claims ledger, in file order. */
  readonly claims: readonly LedgerClaim[];
  /** Dated events, in date order. */
  readonly timeline: readonly TimelineEvent[];
  /** Every topic's indicators to watch, soonest expected first. */
  readonly watch: readonly WatchIndicator[];
  /** People, organisations and places, with their mentions. */
  readonly entities: readonly Entity[];
  /** The origins the dossier's cited passages rest on: the registered ones, then articles' own reporting. */
  readonly origins: readonly Origin[];
  /** An origin by its key (see src/lib/analysis/origins.ts). */
  readonly origin: (key: string) => Origin | undefined;
}

/** How to assemble: where pages live, and how citing documents are rendered (the Markdown pipeline, a layer above). */
export interface AssemblyOptions {
  readonly urls: DossierUrls;
  readonly createRenderer: CreateCitingRenderer;
  /**
   * Results of an earlier assembly to reuse (`astro dev`): an input object
   * that is the same object as last time is the same file, unchanged.
   */
  readonly cache?: AssemblyCache;
  /** Compare cited and attributed passages across reports and warn where two may share an origin (`npm run check`). */
  readonly findEchoes?: boolean;
}

/**
 * What an assembly can reuse the next time: built articles by their input,
 * and rendered documents by their input, as long as every article they cite
 * is the same (unchanged) article as when they were rendered.
 */
export class AssemblyCache {
  readonly articles = new WeakMap<ContentInput<ArticleData>, BuiltArticle & { diagnostics: readonly Diagnostic[] }>();
  /** Each built article as pages show it, with the number it had: the same object while its number stays. */
  readonly numbered = new WeakMap<BuiltArticle['published'], PublishedArticle>();
  /** Entity mentions found in each paragraph text, for one entities file. */
  readonly mentions = new WeakMap<object, Map<string, readonly Mention[]>>();
  readonly documents = new WeakMap<
    ContentInput<DossierData | TopicData>,
    {
      rendered: RenderedDocument;
      cited: ReadonlyMap<string, SourceArticle>;
      /** The origin of each cited article's own text when rendered, which previews and marks name. */
      ownOrigins: ReadonlyMap<string, string>;
      /** The origins file it was rendered with. */
      registry: ListInput<OriginData> | undefined;
      /** The number of each cited article when rendered, which its markers show. */
      numbers: ReadonlyMap<string, number>;
      /** The claims it refers to when rendered, whose verdicts it shows. */
      claims: ReadonlyMap<string, LedgerClaim | undefined>;
    }
  >();
}

interface BuiltArticle {
  readonly article: SourceArticle;
  /** As pages show it, but for its number, which depends on the other articles. */
  readonly published: Omit<PublishedArticle, 'number'>;
  /** Its text for the duplicate check (src/lib/text/fingerprint.ts). */
  readonly fingerprint: string;
}

function buildArticle(input: ContentInput<ArticleData>, cache: AssemblyCache | undefined, into: Diagnostic[]): BuiltArticle {
  const cached = cache?.articles.get(input);
  if (cached) {
    into.push(...cached.diagnostics);
    return cached;
  }
  const diagnostics: Diagnostic[] = [];
  const blocks = splitArticleBody(input.body);
  const paragraphs = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : []));
  const base = {
    id: input.id,
    title: displayTitle(input.data),
    outlet: input.data.outlet,
    published: input.data.published,
    text: new SearchableText(paragraphs),
  };
  const { resolved: notes, problems } = resolveQuoted(base, 'notes', input.data.notes);
  const { resolved: attributions, problems: attributionProblems } = resolveQuoted(base, 'attributions', input.data.attributions);
  const { resolved: observations, problems: observationProblems } = resolveQuoted(base, 'observations', input.data.observations);
  const { resolved: independent, problems: independenceProblems } = resolveQuoted(base, 'independent', input.data.independent);
  for (const { path, message } of [...problems, ...attributionProblems, ...observationProblems, ...independenceProblems]) {
    diagnostics.push({ file: input.file, ...(input.locate?.(path) ?? { line: 1, column: 1 }), severity: 'error', message });
  }
  // A character reference (`&#27;`) can make a control character the file does not hold.
  for (const paragraph of paragraphs) {
    const control = firstControlCharacter(paragraph.text);
    if (control) diagnostics.push({ file: input.file, line: input.bodyLine + paragraph.line - 1, column: 1, severity: 'error', message: controlCharacterMessage(control.code, `is in ¶${paragraph.number}, written as a character reference`) });
  }
  if (paragraphs.length === 0) {
    diagnostics.push({ file: input.file, line: input.bodyLine, column: 1, severity: 'error', message: 'The article has no text after its frontmatter.' });
  }
  const publishedAt = input.locate?.(['published']) ?? { line: 1, column: 1 };
  const article = { ...base, file: input.file, data: input.data, blocks, notes, attributions, observations, independent, publishedAt };
  const { text: _text, ...published } = article;
  const built = { article, published, fingerprint: fingerprintBlocks(blocks) };
  cache?.articles.set(input, { ...built, diagnostics });
  into.push(...diagnostics);
  return built;
}

/** The same text filed twice would split its citations and skew every count. */
function reportDuplicateTexts(built: readonly BuiltArticle[], inputs: readonly ContentInput<ArticleData>[], diagnostics: Diagnostic[]): void {
  for (const { item: { article }, first: { article: first } } of duplicateTexts(built, (b) => b.fingerprint)) {
    const input = inputs.find((i) => i.id === article.id)!;
    diagnostics.push({ file: article.file, line: input.bodyLine, column: 1, severity: 'error', message: sameTextMessage(first.file) });
  }
}

/** The dated changes to a document's key judgments (only topics have them). */
const historyOf = (input: ContentInput<DossierData | TopicData>): readonly JudgmentChange[] =>
  ('judgment_history' in input.data ? input.data.judgment_history : undefined) ?? [];

/**
 * Warnings at both passages of each pair, of different reports, that share
 * a run of words without sharing a known origin (src/lib/analysis/echo.ts).
 */
function echoWarnings(
  cited: readonly { readonly articleId: string; readonly passage: Passage }[],
  corpus: ReadonlyMap<string, SourceArticle>,
  originsOf: (articleId: string, passage: Passage) => readonly string[],
  bodyLines: ReadonlyMap<string, number>,
): Diagnostic[] {
  const passages = new Map<string, EchoPassage<{ file: string; line: number; column: number; paragraph: number }>>();
  for (const { articleId, passage } of cited) {
    const article = corpus.get(articleId);
    const paragraph = article?.blocks.find((b) => b.kind === 'paragraph' && b.number === passage.paragraph);
    if (!article || paragraph?.kind !== 'paragraph') continue;
    const text = sentencesAround(paragraph.text, passage.start, passage.end);
    const key = `${articleId} ${passage.paragraph} ${text}`;
    if (passages.has(key)) continue;
    const independent = article.independent.some((m) => passagesOverlap(m.passage, passage));
    const line = (bodyLines.get(articleId) ?? 1) + paragraph.line - 1;
    passages.set(key, { articleId, text, origins: originsOf(articleId, passage), independent, language: article.data.language, place: { file: article.file, line, column: 1, paragraph: passage.paragraph } });
  }
  return findEchoes([...passages.values()]).flatMap(({ a, b, run }) =>
    [
      [a, b],
      [b, a],
    ].map(([here, there]): Diagnostic => ({
      ...here!.place,
      severity: 'warning',
      message: `¶${here!.place.paragraph} may share an origin with ${there!.place.file}:${there!.place.line} (¶${there!.place.paragraph}): both have “${run}”. Give them one origin (attributions), or record the passage under "independent" with a reason.`,
    })),
  );
}

/**
 * A stated confidence must not outrun its support: the independent named
 * origins of the claims the judgment names (the fewest of them, position by
 * position: a judgment is as strong as its weakest claim), or else of its
 * cited passages.
 */
function calibrateJudgments(
  document: Pick<CitingDocument, 'file' | 'judgments' | 'citations'>,
  claims: readonly LedgerClaim[],
  originsOf: (articleId: string, passage: Passage) => readonly string[],
  diagnostics: Diagnostic[],
): void {
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const judgment of document.judgments) {
    let support: number;
    if (judgment.claims) {
      const named = judgment.claims.ids.map((id) => byId.get(id));
      judgment.claims.ids.forEach((id, i) => {
        if (!named[i]) diagnostics.push({ file: document.file, line: judgment.claims!.line, column: judgment.claims!.column, severity: 'error', message: `The judgment names the claim "${id}", which the ledger (claims/) does not have.` });
      });
      support = Math.min(...named.map((claim) => (claim ? claimSupport(claim.positions) : 0)));
    } else {
      const cited = document.citations.filter((c) => judgment.uses.includes(c.use)).map((c) => originsOf(c.articleId, c.passage));
      support = namedOrigins(distinctOrigins(cited)).length;
    }
    const warning = confidenceWarning(judgment.confidence, support, judgment.claims ? 'claims' : 'citations');
    if (warning) diagnostics.push({ file: document.file, line: judgment.line, column: judgment.column, severity: 'warning', message: warning });
  }
}

/**
 * Builds the dossier model and verifies every citation and note. Returns all
 * problems rather than stopping at the first, so one run reports them all.
 */
export async function assembleDossier(inputs: DossierInputs, options: AssemblyOptions): Promise<{ dossier: Dossier; diagnostics: Diagnostic[] }> {
  const { urls, cache } = options;
  const diagnostics: Diagnostic[] = [];
  const built = inputs.articles.map((input) => buildArticle(input, cache, diagnostics)).sort((a, b) => a.article.id.localeCompare(b.article.id));
  const articles = built.map((b) => b.article);
  reportDuplicateTexts(built, inputs.articles, diagnostics);
  const corpus: Corpus = new Map(articles.map((a) => [a.id, a]));
  const numbers = sourceNumbers(articles);
  const numbered = (published: BuiltArticle['published'], number: number): PublishedArticle => {
    const cached = cache?.numbered.get(published);
    if (cached?.number === number) return cached;
    const article = { ...published, number };
    cache?.numbered.set(published, article);
    return article;
  };
  const locateOf = new Map(inputs.articles.map((input) => [input.id, input.locate]));
  const ui = uiFor(inputs.dossier.data.language);
  const origins = buildOrigins(articles, (id) => locateOf.get(id), inputs, diagnostics, ui);
  /**
   * A document renders the same as last time when it and every article it
   * cites are unchanged, as are the origins it names and the numbers it
   * shows, and it had no error.
   */
  const renderCached = async (input: ContentInput<DossierData | TopicData>): Promise<RenderedDocument> => {
    const cached = cache?.documents.get(input);
    const unchanged = (id: string, article: SourceArticle) =>
      corpus.get(id) === article && cached?.ownOrigins.get(id) === origins.ownOrigins.get(id) && cached?.numbers.get(id) === numbers.get(id);
    const sameVerdicts = (claims: ReadonlyMap<string, LedgerClaim | undefined>) => [...claims].every(([id, claim]) => JSON.stringify(claimsById.get(id)) === JSON.stringify(claim));
    if (cached && cached.registry === inputs.origins && [...cached.cited].every(([id, article]) => unchanged(id, article)) && sameVerdicts(cached.claims)) return cached.rendered;
    const { file, body, bodyLine } = input;
    const rendered = await render({ file, body, bodyLine, judgmentHistory: historyOf(input) });
    const cited = new Map(rendered.citations.map((c) => [c.articleId, corpus.get(c.articleId) as SourceArticle]));
    const ownOrigins = new Map([...cited.keys()].map((id) => [id, origins.ownOrigins.get(id)!]));
    const citedNumbers = new Map([...cited.keys()].map((id) => [id, numbers.get(id)!]));
    const referenced = new Map(rendered.claimReferences.map((id) => [id, claimsById.get(id)]));
    if (!rendered.diagnostics.some((d) => d.severity === 'error')) cache?.documents.set(input, { rendered, cited, ownOrigins, registry: inputs.origins, numbers: citedNumbers, claims: referenced });
    return rendered;
  };

  /** A suggestion at each citation of a passage that reports speech without an attribution. */
  const suggestAttribution = (file: string, at: { line: number; column: number }, cite: { articleId: string; passage: Passage }) => {
    const marker = origins.unattributedSpeech(cite.articleId, cite.passage);
    if (!marker) return;
    const words = corpus.get(cite.articleId)?.text.paragraph(cite.passage.paragraph)?.text.slice(cite.passage.start, cite.passage.end) ?? '';
    diagnostics.push({ file, ...at, severity: 'warning', message: reportedSpeechMessage(cite.articleId, cite.passage.paragraph, words, marker) });
  };

  // The ledger comes before the documents, whose claim references show its verdicts.
  const context = {
    corpus,
    invalidIds: inputs.invalidArticleIds,
    topics: new Set(inputs.topics.map((t) => t.id)),
    originsOf: origins.originsOf,
    origin: origins.origin,
    suggestAttribution,
    diagnostics,
  };
  const claims = buildLedger(inputs.claims ?? [], context);
  const claimsById = new Map(claims.map((c) => [c.id, c]));

  const render = options.createRenderer({
    corpus,
    passageUrl: (id, passage, locator) => `${urls.source(id)}#${citedPassageId(passage, locator)}`,
    sourceNumber: (id) => numbers.get(id)!,
    ...(inputs.invalidArticleIds ? { invalidIds: inputs.invalidArticleIds } : {}),
    originsOf: (id, passage) => origins.originsOf(id, passage).map((key) => origins.origin(key)!),
    siteRoot: urls.home(),
    ui,
    ledger: { claims: claimsById, origin: origins.origin, claimUrl: (id) => `${urls.claims()}#${claimRowId(id)}` },
  });

  const renderDocument = async (kind: CitingDocument['kind'], input: ContentInput<DossierData | TopicData>, url: string) => {
    const rendered = await renderCached(input);
    diagnostics.push(...rendered.diagnostics);
    for (const use of rendered.citations) suggestAttribution(input.file, use, use);
    // A dated change must name a judgment of the page.
    const ids = new Set(rendered.judgments.flatMap((j) => (j.id ? [j.id] : [])));
    for (const [index, change] of historyOf(input).entries()) {
      if (ids.has(change.judgment)) continue;
      const place = input.locate?.(['judgment_history', index, 'judgment']) ?? { line: 1, column: 1 };
      diagnostics.push({ file: input.file, ...place, severity: 'error', message: `judgment_history[${index}]: no key judgment of this page has the id "${change.judgment}".` });
    }
    const { citations, judgments, blocks } = rendered;
    return { kind, id: input.id, file: input.file, title: input.data.title, url, html: rendered.html, citations, judgments, blocks };
  };

  const briefing = await renderDocument('briefing', inputs.dossier, urls.home());
  const sortedTopics = [...inputs.topics].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const topics = await Promise.all(
    sortedTopics.map(async (input) => ({ ...(await renderDocument('topic', input, urls.topic(input.id))), data: input.data })),
  );

  for (const document of [briefing, ...topics]) calibrateJudgments(document, claims, origins.originsOf, diagnostics);

  const incoming = new Map<string, IncomingCitation[]>();
  for (const document of [briefing, ...topics]) {
    const { kind, id, title, url } = document;
    for (const use of document.citations) {
      const list = incoming.get(use.articleId) ?? [];
      list.push({ document: { kind, id, title, url }, use });
      incoming.set(use.articleId, list);
    }
  }

  const timeline = buildTimeline(inputs.timeline, context);
  const watch = collectWatchIndicators(sortedTopics.map((input, i) => ({ input, judgments: topics[i]!.judgments })), diagnostics);
  const places: MentionPlace[] = [
    ...articles.flatMap((a) =>
      a.blocks.flatMap((b) =>
        b.kind === 'paragraph' ? [{ kind: 'source' as const, id: a.id, title: a.title, url: `${urls.source(a.id)}#${paragraphId(b.number)}`, text: b.text }] : [],
      ),
    ),
    ...[briefing, ...topics].flatMap((d) => d.blocks.map((b) => ({ kind: d.kind, id: d.id, title: d.title, url: `${d.url}#${b.id}`, text: b.text }))),
  ];
  let mentionMemo: Map<string, readonly Mention[]> | undefined;
  if (cache && inputs.entities) {
    mentionMemo = cache.mentions.get(inputs.entities) ?? new Map();
    cache.mentions.set(inputs.entities, mentionMemo);
  }
  const entities = buildEntities(inputs.entities, places, diagnostics, mentionMemo);

  if (options.findEchoes) {
    const bodyLines = new Map(inputs.articles.map((input) => [input.id, input.bodyLine]));
    const cited = [...[briefing, ...topics].flatMap((d) => d.citations), ...claims.flatMap((c) => c.positions.flatMap((p) => p.cites)), ...timeline.flatMap((e) => e.cites)];
    const attributed = articles.flatMap((a) => a.attributions.map((m) => ({ articleId: a.id, passage: m.passage })));
    diagnostics.push(...echoWarnings([...cited, ...attributed], corpus as ReadonlyMap<string, SourceArticle>, origins.originsOf, bodyLines));
  }

  const { locate: _locate, ...meta } = inputs.dossier;
  const dossier = restoreDossier({
    meta,
    briefing,
    topics,
    articles: built.map((b) => numbered(b.published, numbers.get(b.article.id)!)),
    incoming: [...incoming],
    claims,
    timeline,
    watch,
    entities,
    origins: origins.origins,
  });
  return { dossier, diagnostics };
}

/**
 * The dossier as plain data, for Astro's content layer to carry from the
 * loader to the pages (it serialises with devalue: no functions, no classes).
 */
export interface StoredDossier extends Omit<Dossier, 'article' | 'incoming' | 'origin'> {
  readonly incoming: readonly (readonly [string, readonly IncomingCitation[]])[];
}

export function storeDossier(dossier: Dossier): StoredDossier {
  const { article: _article, incoming: _incoming, origin: _origin, ...data } = dossier;
  return {
    ...data,
    // Citations resolve only to articles of the dossier.
    incoming: dossier.articles.flatMap(({ id }) => (dossier.incoming(id).length > 0 ? [[id, dossier.incoming(id)] as const] : [])),
  };
}

/** The dossier with its look-ups, from its stored form. */
export function restoreDossier(stored: StoredDossier): Dossier {
  const byId = new Map(stored.articles.map((a) => [a.id, a]));
  const incoming = new Map(stored.incoming);
  const origins = new Map(stored.origins.map((o) => [o.key, o]));
  const { incoming: _incoming, ...data } = stored;
  return {
    ...data,
    article: (id) => byId.get(id),
    incoming: (id) => incoming.get(id) ?? [],
    origin: (key) => origins.get(key),
  };
}
