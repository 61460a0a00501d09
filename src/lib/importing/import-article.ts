/**
 * Importing an article: from received text (plain, Markdown with or without
 * frontmatter, or an HTML page) and command-line fields to the contents of
 * `content/articles/<id>.md`, or to every reason it cannot be imported.
 * No I/O here: the caller reads the input and the existing articles, and
 * writes the file only when the outcome is ok.
 */
import path from 'node:path';
import { z } from 'astro/zod';
import { ArticleSchema, currentArticleFields } from '../../schemas/article.ts';
import { formatIssue } from '../../schemas/error-map.ts';
import { ID_PATTERN, validateYaml } from '../content/files.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { formatDiagnostic } from '../content/diagnostics.ts';
import { splitArticleBody } from '../text/paragraphs.ts';
import { duplicateTexts, fingerprintBlocks, sameTextMessage } from '../text/fingerprint.ts';
import { SearchableText } from '../citations/match.ts';
import { resolveQuoted } from '../citations/notes.ts';
import { blocksFromPlainText, bodyFromBlocks, type ImportedBlock } from './plain-text.ts';
import { blocksFromMarkdown } from './markdown.ts';
import { htmlDepth, MAX_HTML_DEPTH } from './html-depth.ts';
import { clip } from '../text/clip.ts';
import { controlCharacterIn, withoutControlCharacters } from '../text/control-characters.ts';
import { FIELD_FLAGS, type FieldFlag, REQUIRED_FIELDS } from './fields.ts';
import { makeId, MAX_ID_LENGTH, type IdBasis } from './article-id.ts';
import { serializeArticle } from './serialize-article.ts';

export type InputFormat = 'text' | 'markdown' | 'html';

export interface ImportRequest {
  /** The input's text, already checked to be UTF-8 and of a sane size. */
  readonly text: string;
  /** The input's name for messages: its path as given, or `<stdin>`. */
  readonly inputName: string;
  /** Fields from the command line. */
  readonly flags: Partial<Record<FieldFlag, string>>;
  /** Today's date, YYYY-MM-DD, recorded as `added`. */
  readonly today: string;
  /** The articles folder, relative to the project root, e.g. `content/articles`. */
  readonly articlesDir: string;
  /** The dossier's current articles, to refuse duplicate ids and texts. */
  readonly existing: ReadonlyArray<{ readonly id: string; readonly file: string; readonly body: string }>;
}

export type ImportOutcome =
  | {
      readonly ok: true;
      readonly id: string;
      /** How the id was made: given with --id, from the date and title, or (for a title with no Latin spelling) from the date, source and a hash of the title. */
      readonly idFrom: 'flag' | IdBasis;
      readonly file: string;
      readonly contents: string;
      /** The article's text, as written after its frontmatter: what a duplicate is told by. */
      readonly body: string;
      readonly format: InputFormat;
      /** What was left out or changed, for the user to know; the import went ahead. */
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly errors: readonly string[]; readonly missing: readonly (typeof REQUIRED_FIELDS)[number][] };

/** Picks the input's format from its file name, or from its first bytes. */
export function detectFormat(inputName: string, text: string): InputFormat {
  const extension = path.extname(inputName).toLowerCase();
  if (['.html', '.htm', '.xhtml'].includes(extension)) return 'html';
  if (['.md', '.markdown'].includes(extension)) return 'markdown';
  if (extension === '.txt') return 'text';
  if (/^\s*<(?:!doctype\s+html|html|head|body)\b/iu.test(text)) return 'html';
  if (splitFrontmatter(text).kind !== 'none') return 'markdown';
  return 'text';
}

/** What gave a field its value, for messages: a command-line flag, the input's frontmatter, or the page's metadata. */
type GivenBy = 'flag' | 'frontmatter' | 'page';

/** Any mapping of fields: the frontmatter is checked against the article schema once the command line's fields are merged in. */
const AnyFields = z.looseObject({});

/** Reads a Markdown input's frontmatter with positions, for messages. */
function readFrontmatter(inputName: string, text: string, errors: string[]) {
  const split = splitFrontmatter(text);
  const none = { data: {} as Record<string, unknown>, locate: (_path: readonly PropertyKey[]) => ({ line: 1, column: 1 }) };
  if (split.kind === 'none') return { ...none, body: text };
  if (split.kind === 'unclosed') {
    errors.push(`${inputName}:1:1 The frontmatter is not closed: end it with a line "---".`);
    return { ...none, body: text };
  }
  const validated = validateYaml(inputName, split.document, AnyFields, 'in the frontmatter', { text, offset: split.yamlOffset });
  if (!validated.ok) {
    errors.push(...validated.diagnostics.map(formatDiagnostic));
    return { ...none, body: split.body };
  }
  return { data: validated.value.data as Record<string, unknown>, locate: validated.value.locate, body: split.body };
}

/** Imports one article; see the module comment. */
export async function importArticle(request: ImportRequest): Promise<ImportOutcome> {
  const { text, inputName, flags } = request;
  const errors: string[] = [];
  const warnings: string[] = [];
  const format = detectFormat(inputName, text);

  let blocks: ImportedBlock[];
  const fields: Record<string, unknown> = {};
  const givenBy: Record<string, GivenBy> = {};
  let locateInInput = (_path: readonly PropertyKey[]) => ({ line: 1, column: 1 });

  if (format === 'html') {
    // Measured before any parser sees the page: too deep a page hangs or crashes them (html-depth.ts).
    const { tooDeepAt } = htmlDepth(text);
    if (tooDeepAt) {
      return {
        ok: false,
        missing: [],
        errors: [
          `${inputName}:${tooDeepAt.line}:${tooDeepAt.column} the page's elements are nested more than ${MAX_HTML_DEPTH} levels deep, which no article's page is; ` +
            'it was not read. Save the article\'s own page, or copy its text into a .txt file and import that.',
        ],
      };
    }
    // jsdom is heavy: load it only for HTML input.
    const { importHtml, looksLikeLinkList } = await import('./html.ts');
    const page = importHtml(text, flags.url);
    // A front or section page gives headlines, not an article: refused before
    // anything is asked, since no answer would make it one.
    if (looksLikeLinkList(page.links)) {
      const { share, items, medianLength } = page.links;
      return {
        ok: false,
        missing: [],
        errors: [
          `${inputName}: the text found in this page looks like a list of links, not an article: ${Math.round(share * 100)}% of it is link text, in ${items} items of typically ${medianLength} characters. ` +
            'Is it a front or section page? Save the article\'s own page, or copy the article\'s text into a .txt file and import that.',
        ],
      };
    }
    blocks = page.blocks;
    warnings.push(...page.warnings.map((warning) => `${inputName}: ${warning}`));
    for (const [key, value] of Object.entries(page.metadata)) {
      if (value === undefined) continue;
      fields[key] = value;
      givenBy[key] = 'page';
    }
  } else if (format === 'markdown') {
    const front = readFrontmatter(inputName, text, errors);
    locateInInput = front.locate;
    for (const [key, value] of Object.entries(front.data)) {
      fields[key] = value;
      givenBy[key] = 'frontmatter';
    }
    blocks = blocksFromMarkdown(front.body);
  } else {
    blocks = blocksFromPlainText(text);
  }
  if (errors.length > 0) return { ok: false, errors, missing: [] };

  for (const key of FIELD_FLAGS) {
    const value = flags[key]?.trim();
    if (value === undefined || value === '' || key === 'id') continue;
    fields[key] = value;
    givenBy[key] = 'flag';
  }
  if (fields['imported_from'] === undefined && fields['origin'] === undefined && inputName !== '<stdin>') fields['imported_from'] = path.basename(inputName);
  fields['added'] = request.today;

  const missing = REQUIRED_FIELDS.filter((key) => fields[key] === undefined || fields[key] === '');
  if (missing.length > 0) return { ok: false, errors: [], missing };

  if (!blocks.some((b) => b.kind === 'paragraph')) {
    errors.push(`${inputName}: no article text found${format === 'html' ? ' in the page' : ''}.`);
  }

  /** What gave a field its value, as the start of a message: a line of the input, a flag, the page. */
  const where = (fieldPath: readonly PropertyKey[]) => {
    const key = String(fieldPath[0] ?? '');
    const by = givenBy[key];
    if (by === 'flag') return `--${key}: `;
    if (by === 'frontmatter') {
      const at = locateInInput(fieldPath);
      return `${inputName}:${at.line}:${at.column} `;
    }
    if (by === 'page') return `${inputName} (page metadata): `;
    return `${inputName}: `;
  };

  const parsed = ArticleSchema.safeParse(fields, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // An unknown field is reported at the field itself.
      const fieldPath = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
      errors.push(`${where(fieldPath)}${formatIssue(issue)}`);
    }
    return { ok: false, errors, missing: [] };
  }
  // A Markdown input's frontmatter may use an old field name: written under the new one.
  const { data, renamed } = currentArticleFields(parsed.data);
  const renamedTwice = renamed.filter((r) => r.severity === 'error');
  if (renamedTwice.length > 0) return { ok: false, errors: renamedTwice.map((r) => `${where(r.path)}${r.message}`), missing: [] };
  warnings.push(...renamed.map((r) => `${where(r.path)}${r.message}`));
  // A control character (or a bidirectional override) in the metadata is refused where it came from, as the build would refuse it.
  const control = controlCharacterIn(data, 'of the article');
  if (control) return { ok: false, errors: [`${where(control.path)}${control.message}`], missing: [] };
  // In the text, one is removed, and the user told: a page's stray form feed should not cost its import.
  const removed = blocks.reduce((sum, b) => sum + (b.text.length - withoutControlCharacters(b.text).length), 0);
  if (removed > 0) {
    blocks = blocks.map((b) => ({ ...b, text: withoutControlCharacters(b.text) }));
    warnings.push(`${inputName}: ${removed === 1 ? 'a control character was' : `${removed} control characters were`} removed from the text (they have no place in text for readers).`);
  }

  const given = flags.id?.trim();
  const { id, basis } = given ? { id: given, basis: 'flag' as const } : makeId(data);
  if (id.length > MAX_ID_LENGTH) {
    errors.push(`--id: "${clip(id)}" is ${id.length} characters long; an id may be at most ${MAX_ID_LENGTH} (it becomes the file name): pass a shorter --id.`);
  } else if (!ID_PATTERN.test(id)) {
    errors.push(
      `${given ? '--id: ' : ''}"${clip(id)}" is not a valid id: use lower-case letters, digits and hyphens (it becomes the file name inside ${request.articlesDir}/).`,
    );
  }
  const file = `${request.articlesDir}/${id}.md`;
  const body = bodyFromBlocks(blocks);

  // Notes and attributions carried in a Markdown input must anchor in the text as in the build
  // (whether an attribution's origin is registered, the build checks: it reads origins.yaml).
  const blocksOfBody = splitArticleBody(body);
  const paragraphs = blocksOfBody.flatMap((b) => (b.kind === 'paragraph' ? [b] : []));
  const searchable = new SearchableText(paragraphs);
  const citable = { id, title: data.title, outlet: data.outlet, published: data.published, text: searchable };
  const quoted = [
    ...resolveQuoted(citable, 'notes', data.notes).problems,
    ...resolveQuoted(citable, 'attributions', data.attributions).problems,
    ...resolveQuoted(citable, 'observations', data.observations).problems,
    ...resolveQuoted(citable, 'independent', data.independent).problems,
  ];
  for (const problem of quoted) {
    errors.push(`${where(problem.path)}${problem.message}`);
  }

  errors.push(...conflictsWithExisting({ id, file, body, inputName }, request.existing));

  if (errors.length > 0) return { ok: false, errors, missing: [] };
  return { ok: true, id, idFrom: basis, file, contents: serializeArticle(data, body), body, format, warnings };
}

/**
 * Why an article cannot join `existing`: its id is taken, or its text is
 * already there. The command asks again just before it writes, holding the
 * articles folder's lock, since another run may have written meanwhile.
 */
export function conflictsWithExisting(
  article: { readonly id: string; readonly file: string; readonly body: string; readonly inputName: string },
  existing: ImportRequest['existing'],
): string[] {
  const conflicts: string[] = [];
  const existingWithId = existing.find((a) => a.id === article.id);
  if (existingWithId) conflicts.push(`An article with the id "${article.id}" already exists: ${existingWithId.file}. Choose another with --id.`);
  const candidate = { file: article.file, fingerprint: fingerprintBlocks(splitArticleBody(article.body)) };
  const others = existing.map((a) => ({ file: a.file, fingerprint: fingerprintBlocks(splitArticleBody(a.body)) }));
  const sameText = duplicateTexts([...others, candidate], (a) => a.fingerprint).find((d) => d.item === candidate);
  if (sameText) conflicts.push(`${article.inputName}: ${sameTextMessage(sameText.first.file)}`);
  return conflicts;
}
