/**
 * The assembly's citing documents, the briefing and the topics: rendered by
 * the Markdown pipeline (a layer above, injected), their citations verified,
 * or reused from the last assembly when nothing they show has changed.
 */
import type { DossierData } from '../../schemas/dossier.ts';
import type { JudgmentChange, TopicData } from '../../schemas/topic.ts';
import type { Diagnostic } from '../content/diagnostics.ts';
import type { AssemblyCache } from './assembly-cache.ts';
import type { RenderedStore } from './rendered-store.ts';
import { citedPassageId, claimRowId, type CreateCitingRenderer, type RenderedDocument } from './documents.ts';
import type { AssembledArticles } from './assemble-articles.ts';
import type { ContentInput, DossierInputs } from './inputs.ts';
import type { LedgerClaim } from './ledger.ts';
import type { CitingDocument, IncomingCitation } from './model.ts';
import type { DossierOrigins } from './origins.ts';
import type { Ui } from '../i18n/ui.ts';

/** Where pages live; injected so the model knows nothing of the site's base path. */
export interface DossierUrls {
  readonly home: () => string;
  readonly topic: (slug: string) => string;
  readonly source: (id: string) => string;
  /** A topic's part of the claims ledger, where its claims' rows are. */
  readonly topicClaims: (slug: string) => string;
}

export interface DocumentsContext {
  readonly inputs: DossierInputs;
  readonly urls: DossierUrls;
  readonly createRenderer: CreateCitingRenderer;
  readonly cache: AssemblyCache | undefined;
  readonly store?: RenderedStore | undefined;
  readonly articles: AssembledArticles;
  readonly origins: DossierOrigins;
  readonly claims: readonly LedgerClaim[];
  /** The dossier's UI strings, for the words the renderer writes (previews, marks, badges). */
  readonly ui: Ui;
}

export interface AssembledDocuments {
  readonly briefing: CitingDocument;
  /** By `order`, then id. */
  readonly topics: readonly (CitingDocument & { readonly data: TopicData })[];
  /** The topics' files, in the same order. */
  readonly topicInputs: readonly ContentInput<TopicData>[];
  readonly diagnostics: readonly Diagnostic[];
}

/** The dated changes to a document's key judgments (only topics have them). */
const historyOf = (input: ContentInput<DossierData | TopicData>): readonly JudgmentChange[] =>
  ('judgment_history' in input.data ? input.data.judgment_history : undefined) ?? [];

export async function assembleDocuments(context: DocumentsContext): Promise<AssembledDocuments> {
  const { inputs, urls, cache, store, origins } = context;
  const { corpus, numbers } = context.articles;
  const claimsById = new Map(context.claims.map((c) => [c.id, c]));
  const diagnostics: Diagnostic[] = [];

  const render = context.createRenderer({
    corpus,
    passageUrl: (id, passage, locator) => `${urls.source(id)}#${citedPassageId(passage, locator)}`,
    sourceNumber: (id) => numbers.get(id)!,
    ...(inputs.invalidArticleIds ? { invalidIds: inputs.invalidArticleIds } : {}),
    originsOf: (id, passage) => origins.originsOf(id, passage).map((key) => origins.origin(key)!),
    siteRoot: urls.home(),
    language: inputs.dossier.data.language,
    ui: context.ui,
    ledger: { claims: claimsById, origin: origins.origin, claimUrl: (id) => `${urls.topicClaims(claimsById.get(id)!.topic)}#${claimRowId(id)}` },
  });

  const articleDigests = new Map(inputs.articles.map((input) => [input.id, input.digest]));
  // Articles read from files have digests (a test may hand over others): without them no rendering is reused.
  const comparable = inputs.articles.every((input) => input.digest !== undefined);
  /**
   * What a rendering shows of files other than its document's own, as a
   * string to compare: each cited article's bytes (its digest) and number,
   * the origins of each citation (their names come from the origins file
   * and from the articles a chain of `derived_from` leads to), and each
   * referenced claim's verdict with its positions' origins.
   */
  const shownBy = (rendered: RenderedDocument): string => {
    const cited = [...new Set(rendered.citations.map((c) => c.articleId))];
    return JSON.stringify([
      cited.map((id) => [id, articleDigests.get(id), numbers.get(id)]),
      rendered.citations.map((c) => origins.originsOf(c.articleId, c.passage).map((key) => origins.origin(key))),
      rendered.claimReferences.map((id) => {
        const claim = claimsById.get(id);
        return [claim, claim?.positions.map((p) => p.origins.map((key) => origins.origin(key)))];
      }),
    ]);
  };

  /**
   * A document renders the same as last time when it is unchanged, as is
   * what it shows of other files (shownBy), and it had no error: the last
   * assembly's rendering (`astro dev`), or one an earlier build kept (the
   * store).
   */
  const renderCached = async (input: ContentInput<DossierData | TopicData>): Promise<RenderedDocument> => {
    if (!comparable || input.digest === undefined) return render({ file: input.file, body: input.body, bodyLine: input.bodyLine, judgmentHistory: historyOf(input) });
    const cached = cache?.documents.get(input);
    if (cached && shownBy(cached.rendered) === cached.shown) return cached.rendered;
    const storeKey = store?.keyOf(input.file, input.digest, inputs.dossier.data.language);
    const reused = storeKey === undefined ? undefined : store!.reuse(storeKey, shownBy);
    const rendered = reused ?? (await render({ file: input.file, body: input.body, bodyLine: input.bodyLine, judgmentHistory: historyOf(input) }));
    if (rendered.diagnostics.some((d) => d.severity === 'error')) return rendered;
    const shown = shownBy(rendered);
    if (storeKey !== undefined && !reused) store!.put(storeKey, rendered, shown);
    cache?.documents.set(input, { rendered, shown });
    return rendered;
  };

  const renderDocument = async (kind: CitingDocument['kind'], input: ContentInput<DossierData | TopicData>, url: string): Promise<CitingDocument> => {
    const rendered = await renderCached(input);
    for (const diagnostic of rendered.diagnostics) diagnostics.push(diagnostic);
    for (const use of rendered.citations) {
      const suggestion = origins.attributionSuggestion(input.file, use, use);
      if (suggestion) diagnostics.push(suggestion);
    }
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
  const topicInputs = [...inputs.topics].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const topics = await Promise.all(
    topicInputs.map(async (input) => ({ ...(await renderDocument('topic', input, urls.topic(input.id))), data: input.data })),
  );
  return { briefing, topics, topicInputs, diagnostics };
}

/** Every citation of each article, in the order of the citing documents. */
export function incomingCitations(documents: readonly CitingDocument[]): Map<string, IncomingCitation[]> {
  const incoming = new Map<string, IncomingCitation[]>();
  for (const document of documents) {
    const { kind, id, title, url } = document;
    for (const use of document.citations) {
      const list = incoming.get(use.articleId) ?? [];
      list.push({ document: { kind, id, title, url }, use });
      incoming.set(use.articleId, list);
    }
  }
  return incoming;
}
