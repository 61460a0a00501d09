/**
 * Importing an article: from received text (plain, Markdown with or without
 * frontmatter, or an HTML page) and command-line fields to the contents of
 * `content/articles/<id>.md`, or to every reason it cannot be imported.
 * No I/O here: the caller reads the input and the existing articles, and
 * writes the file only when the outcome is ok.
 */
import path from 'node:path';
import matter from 'gray-matter';
import { LineCounter, parseDocument, stringify } from 'yaml';
import { ArticleSchema, type ArticleData } from '../../schemas/article.ts';
import { formatIssue } from '../../schemas/error-map.ts';
import { ID_PATTERN } from '../content/files.ts';
import { isoDateText } from '../dates/partial-date.ts';
import { splitArticleBody } from '../text/paragraphs.ts';
import { fingerprintBlocks } from '../text/fingerprint.ts';
import { SearchableText } from '../citations/match.ts';
import { resolveLocator } from '../citations/resolve.ts';
import { blocksFromPlainText, bodyFromBlocks, type ImportedBlock } from './plain-text.ts';
import { blocksFromMarkdown } from './markdown.ts';

export type InputFormat = 'text' | 'markdown' | 'html';

/** Fields that may be given on the command line, overriding what was extracted. */
export const FIELD_FLAGS = ['title', 'outlet', 'published', 'url', 'id'] as const;
export type FieldFlag = (typeof FIELD_FLAGS)[number];

/** Fields an article cannot be written without. */
export const REQUIRED_FIELDS = ['title', 'outlet', 'published'] as const;

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
  | { readonly ok: true; readonly id: string; readonly file: string; readonly contents: string; readonly format: InputFormat }
  | { readonly ok: false; readonly errors: readonly string[]; readonly missing: readonly (typeof REQUIRED_FIELDS)[number][] };

/** Picks the input's format from its file name, or from its first bytes. */
export function detectFormat(inputName: string, text: string): InputFormat {
  const extension = path.extname(inputName).toLowerCase();
  if (['.html', '.htm', '.xhtml'].includes(extension)) return 'html';
  if (['.md', '.markdown'].includes(extension)) return 'markdown';
  if (extension === '.txt') return 'text';
  if (/^\s*<(?:!doctype\s+html|html|head|body)\b/iu.test(text)) return 'html';
  if (/^---\r?\n/u.test(text)) return 'markdown';
  return 'text';
}

/** `2025-06-14-trump-and-putin-discuss-iran` from a date and a title. */
export function makeId(published: string, title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .split('-')
    .slice(0, 8)
    .join('-');
  const date = isoDateText(published) ?? 'undated';
  return [date, slug].filter(Boolean).join('-');
}

type Origin = { kind: 'flag' } | { kind: 'frontmatter'; line: number; column: number } | { kind: 'page' };

/** Reads a Markdown input's frontmatter with positions, for messages. */
function readFrontmatter(inputName: string, text: string, errors: string[]) {
  if (!/^---\r?\n/u.test(text)) return { data: {} as Record<string, unknown>, body: text, locate: () => undefined };
  const split = matter(text, { engines: { yaml: () => ({}) } });
  const lineCounter = new LineCounter();
  const document = parseDocument(split.matter, { lineCounter, uniqueKeys: true, prettyErrors: false });
  for (const error of document.errors) {
    const at = lineCounter.linePos(error.pos[0]);
    errors.push(`${inputName}:${at.line}:${at.col} YAML syntax error in the frontmatter: ${error.message.split('\n')[0]}`);
  }
  const data = (document.errors.length === 0 ? document.toJS() : {}) ?? {};
  const locate = (key: string) => {
    const node = document.getIn([key], true) as { range?: [number] } | undefined;
    const pair = (document.contents as { items?: { key: { value: unknown; range?: [number] } }[] } | null)?.items?.find(
      (p) => p.key?.value === key,
    );
    const offset = pair?.key.range?.[0] ?? node?.range?.[0];
    if (offset === undefined) return undefined;
    const at = lineCounter.linePos(offset);
    return { line: at.line, column: at.col };
  };
  return { data: typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}, body: split.content, locate };
}

/** Imports one article; see the module comment. */
export async function importArticle(request: ImportRequest): Promise<ImportOutcome> {
  const { text, inputName, flags } = request;
  const errors: string[] = [];
  const format = detectFormat(inputName, text);

  let blocks: ImportedBlock[];
  const fields: Record<string, unknown> = {};
  const origins: Record<string, Origin> = {};
  let locateInInput: (key: string) => { line: number; column: number } | undefined = () => undefined;

  if (format === 'html') {
    // jsdom is heavy: load it only for HTML input.
    const { importHtml } = await import('./html.ts');
    const page = importHtml(text, flags.url);
    blocks = page.blocks;
    for (const [key, value] of Object.entries(page.metadata)) {
      if (value === undefined) continue;
      fields[key] = value;
      origins[key] = { kind: 'page' };
    }
  } else if (format === 'markdown') {
    const front = readFrontmatter(inputName, text, errors);
    locateInInput = front.locate;
    for (const [key, value] of Object.entries(front.data)) {
      fields[key] = value;
      origins[key] = { kind: 'frontmatter', ...(front.locate(key) ?? { line: 1, column: 1 }) };
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
    origins[key] = { kind: 'flag' };
  }
  if (fields['origin'] === undefined && inputName !== '<stdin>') fields['origin'] = path.basename(inputName);
  fields['added'] = request.today;

  const missing = REQUIRED_FIELDS.filter((key) => fields[key] === undefined || fields[key] === '');
  if (missing.length > 0) return { ok: false, errors: [], missing };

  if (!blocks.some((b) => b.kind === 'paragraph')) {
    errors.push(`${inputName}: no article text found${format === 'html' ? ' in the page' : ''}.`);
  }

  const where = (key: string) => {
    const origin = origins[key];
    if (origin?.kind === 'flag') return `--${key}: `;
    if (origin?.kind === 'frontmatter') return `${inputName}:${origin.line}:${origin.column} `;
    if (origin?.kind === 'page') return `${inputName} (page metadata): `;
    return `${inputName}: `;
  };

  const parsed = ArticleSchema.safeParse(fields, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0] ?? '');
      const at = issue.code === 'unrecognized_keys' ? locateInInput(key) : undefined;
      errors.push(`${at ? `${inputName}:${at.line}:${at.column} ` : where(key)}${formatIssue(issue)}`);
    }
    return { ok: false, errors, missing: [] };
  }
  const data: ArticleData = parsed.data;

  const id = flags.id?.trim() || makeId(data.published, data.title);
  if (!ID_PATTERN.test(id)) {
    errors.push(
      `${flags.id ? '--id: ' : ''}"${id}" is not a valid id: use lower-case letters, digits and hyphens (it becomes the file name inside ${request.articlesDir}/).`,
    );
  }
  const file = `${request.articlesDir}/${id}.md`;
  const body = bodyFromBlocks(blocks);

  // Notes carried in a Markdown input must anchor in the text like citations.
  const paragraphs = splitArticleBody(body).flatMap((b) => (b.kind === 'paragraph' ? [b] : []));
  const searchable = new SearchableText(paragraphs);
  const citable = { id, title: data.title, outlet: data.outlet, published: data.published, text: searchable };
  data.notes.forEach((note, index) => {
    const resolution = resolveLocator(citable, { kind: 'quote', quote: note.quote });
    if (!resolution.ok) errors.push(`${where('notes')}notes[${index}]: ${resolution.message}`);
  });

  const existingWithId = request.existing.find((a) => a.id === id);
  if (existingWithId) errors.push(`An article with the id "${id}" already exists: ${existingWithId.file}. Choose another with --id.`);
  const fingerprint = textFingerprint(body);
  const sameText = request.existing.find((a) => textFingerprint(a.body) === fingerprint);
  if (sameText && fingerprint !== '') errors.push(`This text is already in the dossier, as ${sameText.file}.`);

  if (errors.length > 0) return { ok: false, errors, missing: [] };
  return { ok: true, id, file, contents: serializeArticle(data, body), format };
}

/** The words of a body, typography normalised, for spotting the same text twice. */
export function textFingerprint(body: string): string {
  return fingerprintBlocks(splitArticleBody(body));
}

const FIELD_ORDER: readonly (keyof ArticleData)[] = ['title', 'outlet', 'published', 'published_note', 'url', 'retrieved', 'added', 'language', 'origin', 'notes'];

/** The article file: frontmatter in a fixed field order, then the body. */
export function serializeArticle(data: ArticleData, body: string): string {
  const ordered = Object.fromEntries(
    FIELD_ORDER.filter((key) => data[key] !== undefined && !(key === 'notes' && data.notes.length === 0)).map((key) => [key, data[key]]),
  );
  const yaml = stringify(ordered, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  return `---\n${yaml}---\n\n${body}`;
}
