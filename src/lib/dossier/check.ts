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

/** Every problem in the content folder `content` under `root`, sorted by file and position. */
export async function checkContent(
  root: string,
  content: string,
  createRenderer: CreateCitingRenderer,
  { today, lastCommitted }: CheckOptions,
): Promise<readonly Diagnostic[]> {
  const { dossier, diagnostics } = await createDossierLoader({ root, content, urls: CHECK_URLS, createRenderer, findEchoes: true }).load();
  if (!dossier) return diagnostics;
  const changes = lastCommitted ? await judgmentChangeWarnings(dossier, createRenderer, lastCommitted) : [];
  return sortDiagnostics([...diagnostics, ...dueForReviewWarnings(dossier.watch, today), ...futureDateWarnings(dossier, today), ...changes]);
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
