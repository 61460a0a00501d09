/**
 * The dossier's origins: the registry (origins.yaml) verified, each article's
 * attributions checked against it, and the origins of any cited passage.
 */
import type { OriginData } from '../../schemas/origin.ts';
import type { Passage } from '../citations/match.ts';
import type { Diagnostic } from '../content/diagnostics.ts';
import { isNamedOrigin, ownOrigins, ownReporting, passageOrigins, registeredOrigin, unattributedOrigin, unmarkedOrigin, type Origin } from '../analysis/origins.ts';
import { reportedSpeech, reportedSpeechMessage } from '../analysis/reported-speech.ts';
import { uiFor, type Ui } from '../i18n/ui.ts';
import type { DossierInputs, Locate } from './inputs.ts';
import type { SourceArticle } from './model.ts';

export interface DossierOrigins {
  /** The registered origins, in file order, then articles' own observations and their unattributed passages, by article id. */
  readonly origins: readonly Origin[];
  readonly origin: (key: string) => Origin | undefined;
  /** The origin of each article's unmarked text, by article id: a registered origin it rests on, or an unknown one. */
  readonly ownOrigins: ReadonlyMap<string, string>;
  /** Keys of the origins a cited passage rests on. */
  readonly originsOf: (articleId: string, passage: Passage) => string[];
  /**
   * A suggestion, at a citation of a passage, to attribute it: the passage
   * reports speech (`"said"`, `a quotation`) and its origin is unknown (no
   * attribution names it, and its article rests on no registered origin).
   */
  readonly attributionSuggestion: (file: string, at: { line: number; column: number }, cite: { articleId: string; passage: Passage }) => Diagnostic | undefined;
  /** Problems of the registry and of the articles' attributions and derivations. */
  readonly diagnostics: readonly Diagnostic[];
}

export function buildOrigins(
  articles: readonly SourceArticle[],
  /** Where the fields of an article's frontmatter are. */
  locateIn: (articleId: string) => Locate | undefined,
  inputs: Pick<DossierInputs, 'origins' | 'invalidOrigins' | 'invalidArticleIds'>,
  /** The dossier's UI strings, which name a report's own observation and its unattributed words. */
  ui: Pick<Ui, 'text'> = uiFor('en'),
): DossierOrigins {
  const diagnostics: Diagnostic[] = [];
  const { origins: registry, invalidOrigins = false, invalidArticleIds = new Set() } = inputs;
  const at = (file: string, locate: Locate | undefined, path: readonly PropertyKey[]) => ({ file, ...(locate?.(path) ?? { line: 1, column: 1 }) });
  const error = (place: { file: string; line: number; column: number }, message: string) => diagnostics.push({ ...place, severity: 'error', message });

  const registered = new Map<string, OriginData>();
  registry?.items.forEach((origin, index) => {
    if (registered.has(origin.id)) error(at(registry.file, registry.locate, [index, 'id']), `Duplicate origin id "${origin.id}": another origin above has it.`);
    else registered.set(origin.id, origin);
  });
  const noSuchOrigin = registry ? `no origin of ${registry.file} has this id` : 'the dossier has no origins.yaml';
  const articleIds = new Set(articles.map((a) => a.id));
  for (const article of articles) {
    const locate = (path: readonly PropertyKey[]) => at(article.file, locateIn(article.id), path);
    article.data.attributions.forEach(({ origin }, index) => {
      if (!registered.has(origin) && !invalidOrigins) error(locate(['attributions', index, 'origin']), `attributions[${index}]: Unknown origin "${origin}": ${noSuchOrigin}.`);
    });
    // An article that failed validation exists: naming it is not an unknown name.
    article.data.derived_from.forEach((name, index) => {
      if (name === article.id) error(locate(['derived_from', index]), `derived_from[${index}]: an article cannot derive from itself.`);
      else if (!articleIds.has(name) && !registered.has(name) && !invalidArticleIds.has(name) && !invalidOrigins) {
        error(locate(['derived_from', index]), `derived_from[${index}]: "${name}" names no article and no origin (${noSuchOrigin}).`);
      }
    });
  }

  reportDerivationCycles(articles, (id) => (path: readonly PropertyKey[]) => at(articles.find((a) => a.id === id)!.file, locateIn(id), path), diagnostics);
  const roots = ownOrigins(articles.map((a) => ({ id: a.id, derivedFrom: a.data.derived_from })), new Set(registered.keys()));
  const own = new Map([...roots].map(([id, root]) => [id, unmarkedOrigin(root)]));
  // A report's own observation is that of the report it copies, if any.
  const observedBy = (id: string) => (roots.get(id)!.startsWith('article:') ? roots.get(id)! : ownReporting(id));
  const observers = new Set(articles.filter((a) => a.observations.length > 0).map((a) => observedBy(a.id)));
  const origins: Origin[] = [
    ...[...registered.values()].map(({ id, name, kind, date, url }) => ({ key: registeredOrigin(id), name, kind, ...(date ? { date } : {}), ...(url ? { url } : {}) })),
    ...articles.flatMap((a) => {
      const own: Origin[] = observers.has(ownReporting(a.id)) ? [{ key: ownReporting(a.id), name: ui.text('origin.ownObservation', { title: a.title }), kind: 'own-reporting', article: a.id }] : [];
      const unmarked: Origin[] = roots.get(a.id) === ownReporting(a.id) ? [{ key: unattributedOrigin(a.id), name: ui.text('origin.unattributed', { title: a.title }), kind: 'unattributed', article: a.id }] : [];
      return [...own, ...unmarked];
    }),
  ];
  const byKey = new Map(origins.map((o) => [o.key, o]));
  const marks = new Map(
    articles.map((a) => [
      a.id,
      [
        ...a.attributions.filter((m) => registered.has(m.origin)).map((m) => ({ passage: m.passage, origin: registeredOrigin(m.origin) })),
        ...a.observations.map((m) => ({ passage: m.passage, origin: observedBy(a.id) })),
      ],
    ]),
  );
  const byId = new Map(articles.map((a) => [a.id, a]));
  const originsOf = (articleId: string, passage: Passage) => passageOrigins(marks.get(articleId) ?? [], own.get(articleId) ?? unattributedOrigin(articleId), passage);

  return {
    origins,
    origin: (key) => byKey.get(key),
    ownOrigins: own,
    originsOf,
    attributionSuggestion: (file, at, { articleId, passage }) => {
      const article = byId.get(articleId);
      // Only a passage of unknown origin lacks a named one.
      if (!article || originsOf(articleId, passage).some(isNamedOrigin)) return undefined;
      const paragraph = article.text.paragraph(passage.paragraph)?.text ?? '';
      const marker = reportedSpeech(paragraph, passage, article.data.language);
      if (!marker) return undefined;
      return { file, ...at, severity: 'warning', message: reportedSpeechMessage(articleId, passage.paragraph, paragraph.slice(passage.start, passage.end), marker) };
    },
    diagnostics,
  };
}

/**
 * Articles that derive from each other in a circle: none of them is the
 * original, so the copies' shared origin is not known. A warning at the
 * `derived_from` that closes each circle, naming it. One depth-first walk,
 * without recursion, so that long chains of copies cost no stack.
 */
function reportDerivationCycles(
  articles: readonly SourceArticle[],
  placeOf: (id: string) => (path: readonly PropertyKey[]) => { file: string; line: number; column: number },
  diagnostics: Diagnostic[],
): void {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const state = new Map<string, 'open' | 'done'>();
  for (const start of articles) {
    if (state.has(start.id)) continue;
    // Each frame: an article, and the index of the next derived_from entry to follow.
    const stack: { id: string; next: number }[] = [{ id: start.id, next: 0 }];
    state.set(start.id, 'open');
    while (stack.length > 0) {
      const frame = stack.at(-1)!;
      const sources = byId.get(frame.id)!.data.derived_from;
      if (frame.next >= sources.length) {
        state.set(frame.id, 'done');
        stack.pop();
        continue;
      }
      const index = frame.next++;
      const to = sources[index]!;
      if (!byId.has(to)) continue;
      if (state.get(to) === 'open') {
        const circle = [...stack.slice(stack.findIndex((f) => f.id === to)).map((f) => f.id), to];
        diagnostics.push({ ...placeOf(frame.id)(['derived_from', index]), severity: 'warning', message: `derived_from[${index}]: the articles derive from each other in a circle (${circle.join(' → ')}): name the one that is the original, and let only the others derive from it.` });
      } else if (!state.has(to)) {
        state.set(to, 'open');
        stack.push({ id: to, next: 0 });
      }
    }
  }
}
