/**
 * Passages of different reports that share a run of words without sharing a
 * known origin (src/lib/analysis/echo.ts): one may copy the other, unsaid
 * (`npm run check`).
 */
import type { Passage } from '../citations/match.ts';
import type { Diagnostic } from '../content/diagnostics.ts';
import { passagesOverlap } from '../analysis/origins.ts';
import { findEchoes, type EchoPassage } from '../analysis/echo.ts';
import { sentencesAround } from '../text/sentence.ts';
import type { SourceArticle } from './model.ts';

/** Warnings at both passages of each such pair. */
export function echoWarnings(
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
    const text = sentencesAround(paragraph.text, passage.start, passage.end, article.data.language);
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
