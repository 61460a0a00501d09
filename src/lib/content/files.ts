/**
 * Reading one content file: checking that it is text, splitting frontmatter
 * from body, and validating the frontmatter against its schema, with every
 * problem placed at a line and column of the file.
 */
import { isAlias, isMap, isPair, isScalar, visit, type Node as YamlNode, type Document } from 'yaml';
import { location } from 'vfile-location';
import type { z } from 'astro/zod';
import { formatIssue } from '../../schemas/error-map.ts';
import type { Diagnostic } from './diagnostics.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import { controlCharacterIn, controlCharacterMessage, firstControlCharacter } from '../text/control-characters.ts';

/** Content files larger than this are refused: no article is 5 MB of text. */
export const MAX_CONTENT_BYTES = 5 * 1024 * 1024;

/** A content file whose frontmatter passed its schema. */
export interface ContentFile<T> {
  /** The id: the file name without `.md`. */
  readonly id: string;
  /** Path relative to the project root, with forward slashes. */
  readonly file: string;
  /** The whole file, as read. */
  readonly source: string;
  readonly data: T;
  /** The text after the frontmatter. */
  readonly body: string;
  /** 1-based line of the file on which the body starts. */
  readonly bodyLine: number;
  /** Line and column of a frontmatter field, e.g. ['notes', 0, 'quote']. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
}

export type ParseResult<T> =
  | { readonly ok: true; readonly value: ContentFile<T> }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/**
 * Aliases a YAML file may expand at the most: enough for any real use, far
 * from the billions of nodes a file of nested aliases ("billion laughs")
 * would make.
 */
export const MAX_YAML_ALIASES = 100;


/** Ids are file names: lower-case words joined by hyphens, dots or underscores. */
export const ID_PATTERN = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/u;

function fail<T>(file: string, line: number, column: number, message: string): ParseResult<T> {
  return { ok: false, diagnostics: [{ file, line, column, severity: 'error', message }] };
}

/** Decodes bytes as UTF-8 text, or says why they are not text. */
export function decodeText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  if (bytes.byteLength > MAX_CONTENT_BYTES) {
    return { ok: false, message: `The file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; content files may be at most 5 MB.` };
  }
  if (bytes.includes(0)) return { ok: false, message: 'The file is binary, not text.' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/u, '') };
  } catch {
    return { ok: false, message: 'The file is not UTF-8 text: save it as UTF-8.' };
  }
}

/** The node at `path` in a YAML document, or the deepest existing parent. */
function nodeAt(document: Document, path: readonly PropertyKey[]): { node: YamlNode | null; isKey: boolean } {
  let node: unknown = document.contents;
  for (let depth = 0; depth < path.length; depth++) {
    const key = path[depth];
    if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node)) break;
    const items = (node as { items: unknown[] }).items;
    const child = isMap(node)
      ? items.find((pair) => isPair(pair) && isScalar(pair.key) && pair.key.value === key)
      : items[Number(key)];
    if (child === undefined) break;
    if (isPair(child)) {
      // Point at the key of the last field, at the value of anything deeper.
      if (depth === path.length - 1) return { node: child.key as YamlNode, isKey: true };
      node = child.value;
    } else node = child;
  }
  return { node: (node as YamlNode | null) ?? null, isKey: false };
}

/**
 * Parses `source` as a content file: YAML frontmatter between `---` lines,
 * then a body. `file` is the path used in messages.
 */
export function parseContentFile<S extends z.ZodType>(file: string, source: string, schema: S): ParseResult<z.infer<S>> {
  const id = (file.split('/').pop() ?? file).replace(/\.md$/u, '');
  if (!ID_PATTERN.test(id)) {
    return fail(file, 1, 1, `The file name "${id}.md" is not a valid id: use lower-case letters, digits and hyphens, e.g. "2025-06-14-call-report.md".`);
  }
  if (source.trim() === '') return fail(file, 1, 1, 'The file is empty.');
  const split = splitFrontmatter(source);
  if (split.kind === 'none') return fail(file, 1, 1, 'The file must start with YAML frontmatter between two "---" lines.');
  if (split.kind === 'unclosed') return fail(file, 1, 1, 'The frontmatter is not closed: end it with a line "---".');

  const validated = validateYaml(file, split.document, schema, 'in the frontmatter', { text: source, offset: split.yamlOffset });
  if (!validated.ok) return validated;
  const inBody = firstControlCharacter(split.body);
  if (inBody) {
    const point = location(source).toPoint(source.length - split.body.length + inBody.offset) ?? { line: split.bodyLine, column: 1 };
    return fail(file, point.line, point.column, controlCharacterMessage(inBody.code, 'is in the text'));
  }
  const { data, locate } = validated.value;
  return { ok: true, value: { id, file, source, data, body: split.body, bodyLine: split.bodyLine, locate } };
}

/** A YAML document validated against a schema, with positions for messages. */
export interface ValidatedYaml<T> {
  readonly data: T;
  /** Line and column of a value, e.g. [3, 'positions', 0, 'cite']. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
}

/**
 * Parses `yaml` (unless given parsed) and validates it against `schema`; every
 * problem is placed at the line and column of the field it concerns. `yaml` is
 * the whole file, or the part of `within.text` that starts at `within.offset`
 * (frontmatter), so that lines and columns are the file's.
 */
export function validateYaml<S extends z.ZodType>(
  file: string,
  yaml: string | Document,
  schema: S,
  where = 'in the file',
  within?: { readonly text: string; readonly offset: number },
): { ok: true; value: ValidatedYaml<z.infer<S>> } | { ok: false; diagnostics: readonly Diagnostic[] } {
  const document = typeof yaml === 'string' ? parseYaml(yaml) : yaml;
  // A parsed document comes with the text it is part of; a YAML text is its own.
  const { text, offset: start } = within ?? { text: typeof yaml === 'string' ? yaml : '', offset: 0 };
  const positions = location(text);
  const placeAt = (offset: number) => {
    const point = positions.toPoint(start + offset);
    return point ? { line: point.line, column: point.column } : { line: 1, column: 1 };
  };
  if (document.errors.length > 0) {
    return {
      ok: false,
      diagnostics: document.errors.map((error) => ({
        file,
        ...placeAt(error.pos[0]),
        severity: 'error' as const,
        message: `YAML syntax error ${where}: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  const locate = (path: readonly PropertyKey[]) => {
    const offset = nodeAt(document, path).node?.range?.[0];
    return offset === undefined ? { line: 1, column: 1 } : placeAt(offset);
  };
  let raw: unknown;
  try {
    raw = document.toJS({ maxAliasCount: MAX_YAML_ALIASES }) ?? {};
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    // Aliases that expand beyond reason: a resource exhaustion attack, or a mistake; either way, at the first alias.
    let first: number | undefined;
    visit(document, { Alias: (_key, node) => {
      if (isAlias(node)) first ??= node.range?.[0];
    } });
    return { ok: false, diagnostics: [{ file, ...placeAt(first ?? 0), severity: 'error', message: `YAML aliases ${where} expand to more than ${MAX_YAML_ALIASES} copies: write the values out, or use fewer aliases.` }] };
  }
  const control = controlCharacterIn(raw, where);
  if (control) return { ok: false, diagnostics: [{ file, ...locate(control.path), severity: 'error', message: control.message }] };
  const result = schema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    return {
      ok: false,
      diagnostics: result.error.issues.map((issue) => {
        // An unknown key is reported at the key itself.
        const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
        return { file, ...locate(path), severity: 'error' as const, message: formatIssue(issue) };
      }),
    };
  }
  return { ok: true, value: { data: result.data, locate } };
}
