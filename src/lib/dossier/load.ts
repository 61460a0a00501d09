/**
 * Reading a dossier's content folder from disk, for `npm run check` and for
 * the check that runs before every build.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import type { z } from 'astro/zod';
import { ArticleSchema } from '../../schemas/article.ts';
import { TopicSchema } from '../../schemas/topic.ts';
import { DossierSchema } from '../../schemas/dossier.ts';
import { decodeText, parseContentFile, validateYaml, type ContentFile } from '../content/files.ts';
import { ClaimsFileSchema } from '../../schemas/claim.ts';
import { TimelineSchema } from '../../schemas/event.ts';
import { EntitiesSchema } from '../../schemas/entity.ts';
import type { ListInput } from './ledger.ts';
import type { Diagnostic } from '../content/diagnostics.ts';
import type { DossierInputs } from './model.ts';

/**
 * The content folder, relative to the project root or absolute: `content`, unless the
 * environment variable DOSSIER_CONTENT names another (one engine, many dossiers).
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return (env['DOSSIER_CONTENT'] || 'content').replace(/\/+$/u, '');
}

/** Where each kind of content lives inside a content folder. */
export function contentLayout(dir: string = contentDir()) {
  return {
    dossier: `${dir}/dossier.md`,
    articles: `${dir}/articles`,
    topics: `${dir}/topics`,
    claims: `${dir}/claims`,
    timeline: `${dir}/timeline.yaml`,
    entities: `${dir}/entities.yaml`,
  } as const;
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/** Validates one content file's bytes: text, frontmatter, schema. */
export function parseContentBytes<S extends z.ZodType>(
  file: string,
  bytes: Uint8Array,
  schema: S,
): { value?: ContentFile<z.infer<S>>; diagnostics: readonly Diagnostic[] } {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { diagnostics: [{ file, line: 1, column: 1, severity: 'error', message: decoded.message }] };
  const parsed = parseContentFile(file, decoded.text, schema);
  return parsed.ok ? { value: parsed.value, diagnostics: [] } : { diagnostics: parsed.diagnostics };
}

/** Validates a YAML list file's bytes against a schema of a list. */
export function parseYamlListBytes<S extends z.ZodType>(
  file: string,
  bytes: Uint8Array,
  schema: S,
): { value?: ListInput<z.infer<S> extends readonly (infer T)[] ? T : never>; diagnostics: readonly Diagnostic[] } {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { diagnostics: [{ file, line: 1, column: 1, severity: 'error', message: decoded.message }] };
  const validated = validateYaml(file, decoded.text, schema);
  if (!validated.ok) return { diagnostics: validated.diagnostics };
  return { value: { file, items: validated.value.data as never, locate: validated.value.locate }, diagnostics: [] };
}

/** Reads an optional YAML list file: absent is fine, malformed is not. */
async function readYamlList<S extends z.ZodType>(root: string, relative: string, schema: S, diagnostics: Diagnostic[]) {
  const bytes = await readFile(path.resolve(root, relative)).catch(() => undefined);
  if (!bytes) return undefined;
  const { value, diagnostics: found } = parseYamlListBytes(displayPath(root, relative), bytes, schema);
  diagnostics.push(...found);
  return value;
}

/** Path of a content file for messages: relative to the project root, with forward slashes. */
export function displayPath(root: string, relative: string): string {
  return toPosix(path.relative(root, path.resolve(root, relative)));
}

/** Reads and validates one content file. */
export async function readContentFile<S extends z.ZodType>(
  root: string,
  relative: string,
  schema: S,
): Promise<{ value?: ContentFile<z.infer<S>>; diagnostics: readonly Diagnostic[] }> {
  const file = displayPath(root, relative);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.resolve(root, relative));
  } catch {
    return { diagnostics: [{ file, line: 1, column: 1, severity: 'error', message: 'The file is missing or cannot be read.' }] };
  }
  return parseContentBytes(file, bytes, schema);
}

async function readFolder<S extends z.ZodType>(root: string, folder: string, schema: S, diagnostics: Diagnostic[], invalid?: Set<string>) {
  let names: string[];
  try {
    names = (await readdir(path.resolve(root, folder))).filter((n) => n.endsWith('.md')).sort();
  } catch {
    names = [];
  }
  const files = await Promise.all(names.map((name) => readContentFile(root, path.join(folder, name), schema)));
  return files.flatMap(({ value, diagnostics: found }, i) => {
    diagnostics.push(...found);
    if (!value) invalid?.add(names[i]!.replace(/\.md$/u, ''));
    return value ? [value] : [];
  });
}

/** Reads every content file under `root`; files with problems are left out and reported. */
export async function loadContentFromDisk(root: string, dir: string = contentDir()): Promise<{ inputs?: DossierInputs; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const layout = contentLayout(dir);
  const invalidArticleIds = new Set<string>();
  const claimFiles = (await readdir(path.resolve(root, layout.claims)).catch(() => [] as string[])).filter((n) => n.endsWith('.yaml')).sort();
  const [dossier, articles, topics, claimLists, timeline, entities] = await Promise.all([
    readContentFile(root, layout.dossier, DossierSchema),
    readFolder(root, layout.articles, ArticleSchema, diagnostics, invalidArticleIds),
    readFolder(root, layout.topics, TopicSchema, diagnostics),
    Promise.all(claimFiles.map((name) => readYamlList(root, path.join(layout.claims, name), ClaimsFileSchema, diagnostics))),
    readYamlList(root, layout.timeline, TimelineSchema, diagnostics),
    readYamlList(root, layout.entities, EntitiesSchema, diagnostics),
  ]);
  diagnostics.push(...dossier.diagnostics);
  if (!dossier.value) return { diagnostics };
  const claims = claimLists.flatMap((list, i) => (list ? [{ ...list, topic: claimFiles[i]!.replace(/\.yaml$/u, '') }] : []));
  return {
    inputs: {
      dossier: dossier.value,
      articles,
      topics,
      invalidArticleIds,
      claims,
      ...(timeline ? { timeline } : {}),
      ...(entities ? { entities } : {}),
    },
    diagnostics,
  };
}
