/**
 * The assembly's first step: each article built from its file and checked
 * on its own (its notes and marks anchored, its text present and free of
 * control characters), then the texts filed twice, and each article's number.
 */
import type { ArticleData } from '../../schemas/article.ts';
import { splitArticleBody } from '../text/paragraphs.ts';
import { duplicateTexts, fingerprintBlocks, sameTextMessage } from '../text/fingerprint.ts';
import { SearchableText } from '../citations/match.ts';
import { resolveQuoted } from '../citations/notes.ts';
import type { Diagnostic } from '../content/diagnostics.ts';
import { displayTitle } from '../bibliography/display-title.ts';
import { controlCharacterMessage, firstControlCharacter } from '../text/control-characters.ts';
import type { AssemblyCache, BuiltArticle } from './assembly-cache.ts';
import type { ContentInput } from './inputs.ts';
import type { PublishedArticle, SourceArticle } from './model.ts';
import { sourceNumbers } from './recency.ts';

export interface AssembledArticles {
  /** By id. */
  readonly articles: readonly SourceArticle[];
  /** The same, by id: what citations are verified against. */
  readonly corpus: ReadonlyMap<string, SourceArticle>;
  /** Each article's number (src/lib/dossier/recency.ts). */
  readonly numbers: ReadonlyMap<string, number>;
  /** As pages show them, by id. */
  readonly published: readonly PublishedArticle[];
  readonly diagnostics: readonly Diagnostic[];
}

export function assembleArticles(inputs: readonly ContentInput<ArticleData>[], cache: AssemblyCache | undefined): AssembledArticles {
  const built = inputs.map((input) => buildArticle(input, cache)).sort((a, b) => a.article.id.localeCompare(b.article.id));
  const articles = built.map((b) => b.article);
  const numbers = sourceNumbers(articles);
  const numbered = (published: BuiltArticle['published'], number: number): PublishedArticle => {
    const cached = cache?.numbered.get(published);
    if (cached?.number === number) return cached;
    const article = { ...published, number };
    cache?.numbered.set(published, article);
    return article;
  };
  return {
    articles,
    corpus: new Map(articles.map((a) => [a.id, a])),
    numbers,
    published: built.map((b) => numbered(b.published, numbers.get(b.article.id)!)),
    diagnostics: [...built.flatMap((b) => b.diagnostics), ...duplicateTextErrors(built, inputs)],
  };
}

function buildArticle(input: ContentInput<ArticleData>, cache: AssemblyCache | undefined): BuiltArticle & { diagnostics: readonly Diagnostic[] } {
  const cached = cache?.articles.get(input);
  if (cached) return cached;
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
  const built = { article, published, fingerprint: fingerprintBlocks(blocks), diagnostics };
  cache?.articles.set(input, built);
  return built;
}

/** The same text filed twice would split its citations and skew every count. */
function duplicateTextErrors(built: readonly BuiltArticle[], inputs: readonly ContentInput<ArticleData>[]): Diagnostic[] {
  return duplicateTexts(built, (b) => b.fingerprint).map(({ item: { article }, first: { article: first } }) => {
    const input = inputs.find((i) => i.id === article.id)!;
    return { file: article.file, line: input.bodyLine, column: 1, severity: 'error', message: sameTextMessage(first.file) };
  });
}
