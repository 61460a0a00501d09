/**
 * Builds the dossier model from its content files and verifies every
 * citation and note. Each step returns its problems, and all are reported
 * rather than stopping at the first, so one run reports them all.
 */
import type { Diagnostic } from '../content/diagnostics.ts';
import { uiFor } from '../i18n/ui.ts';
import type { AssemblyCache } from './assembly-cache.ts';
import type { RenderedStore } from './rendered-store.ts';
import { assembleArticles, type AssembledArticles } from './assemble-articles.ts';
import { assembleDocuments, incomingCitations, type AssembledDocuments, type DossierUrls } from './assemble-documents.ts';
import { calibrationDiagnostics } from './calibration.ts';
import { paragraphId, type CreateCitingRenderer } from './documents.ts';
import { echoWarnings } from './echoes.ts';
import { buildEntities, type Entity, type MentionPage, type PageMentions } from './entities.ts';
import type { DossierInputs } from './inputs.ts';
import { buildLedger, buildTimeline, type LedgerClaim, type TimelineEvent } from './ledger.ts';
import type { Dossier } from './model.ts';
import { buildOrigins, type DossierOrigins } from './origins.ts';
import { collectWatchIndicators, type WatchIndicator } from './watch.ts';

/** How to assemble: where pages live, and how citing documents are rendered (the Markdown pipeline, a layer above). */
export interface AssemblyOptions {
  readonly urls: DossierUrls;
  readonly createRenderer: CreateCitingRenderer;
  /**
   * Results of an earlier assembly to reuse (`astro dev`): an input object
   * that is the same object as last time is the same file, unchanged.
   */
  readonly cache?: AssemblyCache;
  /** Renderings of the lede and the topics kept by an earlier build (`astro build`, `astro dev`), to reuse when nothing they show has changed. */
  readonly store?: RenderedStore;
  /** Compare cited and attributed passages across reports and warn where two may share an origin (`npm run check`). */
  readonly findEchoes?: boolean;
}

export async function assembleDossier(inputs: DossierInputs, options: AssemblyOptions): Promise<{ dossier: Dossier; diagnostics: Diagnostic[] }> {
  const { urls, cache } = options;
  const articles = assembleArticles(inputs.articles, cache);
  const locateOf = new Map(inputs.articles.map((input) => [input.id, input.locate]));
  // The dossier's UI strings: the names of reports' own and unattributed origins, and the renderer's words.
  const ui = uiFor(inputs.dossier.data.language);
  const origins = buildOrigins(articles.articles, (id) => locateOf.get(id), inputs, ui);
  // The ledger comes before the documents, whose claim references show its verdicts.
  const ledger = assembleLedger(inputs, articles, origins);
  const documents = await assembleDocuments({ inputs, urls, createRenderer: options.createRenderer, cache, store: options.store, articles, origins, claims: ledger.claims, ui });
  const citing = [documents.briefing, ...documents.topics];
  const calibration = calibrationDiagnostics(citing, ledger.claims, origins.originsOf);
  const watch = assembleWatch(documents);
  const entities = assembleEntities(inputs, articles, documents, urls, cache);
  const echoes = options.findEchoes ? assembleEchoes(inputs, articles, documents, ledger, origins) : [];

  const { locate: _locate, ...meta } = inputs.dossier;
  const incoming = incomingCitations(citing);
  const articlesById = new Map(articles.published.map((a) => [a.id, a]));
  const originsByKey = new Map(origins.origins.map((o) => [o.key, o]));
  const dossier: Dossier = {
    meta,
    briefing: documents.briefing,
    topics: documents.topics,
    articles: articles.published,
    claims: ledger.claims,
    timeline: ledger.timeline,
    watch: watch.indicators,
    entities: entities.entities,
    origins: origins.origins,
    article: (id) => articlesById.get(id),
    incoming: (id) => incoming.get(id) ?? [],
    origin: (key) => originsByKey.get(key),
  };
  const diagnostics = [articles, origins, ledger, documents, watch, entities].flatMap((step) => step.diagnostics);
  return { dossier, diagnostics: [...diagnostics, ...calibration, ...echoes] };
}

/** The claims ledger and the timeline, their cited passages verified. */
function assembleLedger(inputs: DossierInputs, articles: AssembledArticles, origins: DossierOrigins) {
  const diagnostics: Diagnostic[] = [];
  const context = {
    corpus: articles.corpus,
    invalidIds: inputs.invalidArticleIds,
    topics: new Set(inputs.topics.map((t) => t.id)),
    originsOf: origins.originsOf,
    origin: origins.origin,
    suggestAttribution: (file: string, at: { line: number; column: number }, cite: Parameters<DossierOrigins['attributionSuggestion']>[2]) => {
      const suggestion = origins.attributionSuggestion(file, at, cite);
      if (suggestion) diagnostics.push(suggestion);
    },
    diagnostics,
  };
  const claims: readonly LedgerClaim[] = buildLedger(inputs.claims ?? [], context);
  const timeline: readonly TimelineEvent[] = buildTimeline(inputs.timeline, context);
  return { claims, timeline, diagnostics };
}

/** The topics' indicators to watch, each naming key judgments of its page. */
function assembleWatch(documents: AssembledDocuments) {
  const diagnostics: Diagnostic[] = [];
  const topics = documents.topicInputs.map((input, i) => ({ input, judgments: documents.topics[i]!.judgments }));
  const indicators: readonly WatchIndicator[] = collectWatchIndicators(topics, diagnostics);
  return { indicators, diagnostics };
}

/** People, organisations and places, with their mentions in every paragraph of the sources and the citing documents. */
function assembleEntities(inputs: DossierInputs, articles: AssembledArticles, documents: AssembledDocuments, urls: DossierUrls, cache: AssemblyCache | undefined) {
  // An unchanged article, or a reused rendering, keeps its page object, and so what the memo found on it.
  const pageOf = (key: object, make: () => MentionPage) => {
    const cached = cache?.mentionPages.get(key);
    if (cached) return cached;
    const page = make();
    cache?.mentionPages.set(key, page);
    return page;
  };
  const pages = [
    ...articles.articles.map((a) =>
      pageOf(a, () => ({
        kind: 'source' as const,
        id: a.id,
        title: a.title,
        url: urls.source(a.id),
        passages: a.blocks.flatMap((b) => (b.kind === 'paragraph' ? [{ url: `${urls.source(a.id)}#${paragraphId(b.number)}`, text: b.text }] : [])),
      })),
    ),
    ...[documents.briefing, ...documents.topics].map((d) =>
      pageOf(d.blocks, () => ({ kind: d.kind, id: d.id, title: d.title, url: d.url, passages: d.blocks.map((b) => ({ url: `${d.url}#${b.id}`, text: b.text })) })),
    ),
  ];
  let memo: WeakMap<MentionPage, PageMentions> | undefined;
  if (cache && inputs.entities) {
    memo = cache.pageMentions.get(inputs.entities) ?? new WeakMap();
    cache.pageMentions.set(inputs.entities, memo);
  }
  const diagnostics: Diagnostic[] = [];
  const entities: readonly Entity[] = buildEntities(inputs.entities, pages, diagnostics, memo);
  return { entities, diagnostics };
}

/** Warnings where cited or attributed passages of different reports may share an origin. */
function assembleEchoes(inputs: DossierInputs, articles: AssembledArticles, documents: AssembledDocuments, ledger: ReturnType<typeof assembleLedger>, origins: DossierOrigins): Diagnostic[] {
  const bodyLines = new Map(inputs.articles.map((input) => [input.id, input.bodyLine]));
  const cited = [
    ...[documents.briefing, ...documents.topics].flatMap((d) => d.citations),
    ...ledger.claims.flatMap((c) => c.positions.flatMap((p) => p.cites)),
    ...ledger.timeline.flatMap((e) => e.cites),
  ];
  const attributed = articles.articles.flatMap((a) => a.attributions.map((m) => ({ articleId: a.id, passage: m.passage })));
  return echoWarnings([...cited, ...attributed], articles.corpus, origins.originsOf, bodyLines);
}

