/** Checking a dossier without building the site: `npm run check`. */
import { createUrls } from '../urls.ts';
import { createDossierLoader } from './load.ts';
import { sortDiagnostics, type Diagnostic } from '../content/diagnostics.ts';
import { parseContentFile } from '../content/files.ts';
import { TopicSchema } from '../../schemas/topic.ts';
import { unexplainedJudgmentChanges } from '../analysis/judgment-history.ts';
import { dueForReviewWarnings } from './watch.ts';
import { firstMomentOf, formatPartialDate } from '../dates/partial-date.ts';
import type { CreateCitingRenderer } from './documents.ts';
import type { Dossier } from './model.ts';
import { hasReportedSpeechWords } from '../analysis/reported-speech.ts';
import { hasLikelihoodWords } from '../analysis/estimative-language.ts';

/** URLs do not matter for checking; any consistent scheme will do. */
const CHECK_URLS = createUrls('/');

/** The text of a content file (path relative to the project root) as last committed, or undefined when there is none. */
export type LastCommitted = (file: string) => Promise<string | undefined>;

export interface CheckOptions {
  /** The day taken for today, YYYY-MM-DD: indicators to watch whose date has passed by then, unreviewed, are warned of. */
  readonly today: string;
  /** With it, key judgments whose confidence or wording changed since the last commit without a new dated reason are warned of. */
  readonly lastCommitted?: LastCommitted;
}

export interface CheckResult {
  /** Every problem, sorted by file and position. */
  readonly diagnostics: readonly Diagnostic[];
  /** Checks that did not run, and why, each said once: not problems of the content. */
  readonly notices: readonly string[];
}

/** Every problem in the content folder `content` under `root`, and the checks its languages leave off. */
export async function checkContent(
  root: string,
  content: string,
  createRenderer: CreateCitingRenderer,
  { today, lastCommitted }: CheckOptions,
): Promise<CheckResult> {
  const { dossier, diagnostics } = await createDossierLoader({ root, content, urls: CHECK_URLS, createRenderer, findEchoes: true }).load();
  if (!dossier) return { diagnostics, notices: [] };
  const changes = lastCommitted ? await judgmentChangeWarnings(dossier, createRenderer, lastCommitted) : [];
  return {
    diagnostics: sortDiagnostics([...diagnostics, ...dueForReviewWarnings(dossier.watch, today), ...futureDateWarnings(dossier, today), ...changes]),
    notices: languageNotices(dossier),
  };
}

/**
 * The word-list checks a language has no list for: the estimative language of
 * key judgments (the dossier's language) and reported speech in cited passages
 * (each article's). Said once per language, rather than warning wrongly or
 * staying silent.
 */
export function languageNotices(dossier: Pick<Dossier, 'meta' | 'articles'>): string[] {
  const dossierLanguage = dossier.meta.data.language;
  const unchecked = new Map<string, number>();
  for (const article of dossier.articles) {
    const language = article.data.language;
    if (!hasReportedSpeechWords(language)) unchecked.set(language, (unchecked.get(language) ?? 0) + 1);
  }
  return [
    ...(hasLikelihoodWords(dossierLanguage) ? [] : [`The estimative-language check of key judgments is off for the dossier's language "${dossierLanguage}": it knows the likelihood words of English only.`]),
    ...[...unchecked].map(([language, count]) => `Reported-speech suggestions are off for the ${count === 1 ? 'article' : `${count} articles`} in "${language}": there is no list of reporting words for that language (there is for English and German).`),
  ];
}

/** A source published after today is a typo, or a clock; either way a reader would be misled. */
function futureDateWarnings(dossier: Dossier, today: string): Diagnostic[] {
  const now = firstMomentOf(today)!;
  return dossier.articles.flatMap((article) => {
    const published = firstMomentOf(article.data.published);
    if (!published || published <= now) return [];
    return [{ file: article.file, ...article.publishedAt, severity: 'warning' as const, message: `"published" is ${formatPartialDate(article.data.published)}, after today (${formatPartialDate(today)}): check the date.` }];
  });
}

async function judgmentChangeWarnings(dossier: Dossier, createRenderer: CreateCitingRenderer, lastCommitted: LastCommitted): Promise<Diagnostic[]> {
  // Only the committed judgments are wanted: their citations are not resolved against anything.
  const render = createRenderer({ corpus: new Map(), passageUrl: () => '', sourceNumber: () => 0 });
  const warnings = await Promise.all(
    dossier.topics.map(async (topic) => {
      const text = await lastCommitted(topic.file);
      const parsed = text === undefined ? undefined : parseContentFile(topic.file, text, TopicSchema);
      if (!parsed?.ok) return [];
      const { body, bodyLine, data } = parsed.value;
      const committed = { judgments: (await render({ file: topic.file, body, bodyLine })).judgments, history: data.judgment_history ?? [] };
      const current = { judgments: topic.judgments, history: topic.data.judgment_history ?? [] };
      return unexplainedJudgmentChanges(committed, current).map(({ judgment, message }): Diagnostic => ({
        file: topic.file,
        line: judgment.line,
        column: judgment.column,
        severity: 'warning',
        message,
      }));
    }),
  );
  return warnings.flat();
}
