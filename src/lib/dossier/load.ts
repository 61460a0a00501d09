/**
 * Loading a dossier: the one path by which content becomes the dossier.
 * `npm run check`, `npm run build` and `astro dev` all go through
 * `createDossierLoader`: it reads each content file once, validates it with
 * every problem at `file:line:column`, and assembles and verifies the
 * dossier. In `astro dev` it is kept between edits: `update()` re-reads only
 * the files that changed, and the assembly reuses what they do not affect.
 */
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { ArticleSchema, currentArticleFields, type ArticleData, type ArticleFrontmatter } from '../../schemas/article.ts';
import { TopicSchema, type TopicData } from '../../schemas/topic.ts';
import { DossierSchema, type DossierData } from '../../schemas/dossier.ts';
import { ClaimsFileSchema, type ClaimData } from '../../schemas/claim.ts';
import { TimelineSchema, type EventData } from '../../schemas/event.ts';
import { EntitiesSchema, type EntityData } from '../../schemas/entity.ts';
import { OriginsFileSchema, type OriginData } from '../../schemas/origin.ts';
import { decodeText, parseContentFile, validateYaml } from '../content/files.ts';
import { sortDiagnostics, type Diagnostic } from '../content/diagnostics.ts';
import type { ContentInput, DossierInputs, ListInput } from './inputs.ts';
import type { Dossier } from './model.ts';
import { AssemblyCache } from './assembly-cache.ts';
import { assembleDossier } from './assemble.ts';
import { codeDigest, openRenderedStore } from './rendered-store.ts';
import type { DossierUrls } from './assemble-documents.ts';
import type { CreateCitingRenderer } from './documents.ts';

/** Where each kind of content lives inside a content folder. */
export function contentLayout(dir: string) {
  return {
    dossier: `${dir}/dossier.md`,
    articles: `${dir}/articles`,
    topics: `${dir}/topics`,
    claims: `${dir}/claims`,
    timeline: `${dir}/timeline.yaml`,
    entities: `${dir}/entities.yaml`,
    origins: `${dir}/origins.yaml`,
  } as const;
}

/** Each kind of content file: Markdown with frontmatter, or a YAML list; and its schema (also documented from it, src/lib/reference). */
export const FORMATS = {
  dossier: ['markdown', DossierSchema],
  article: ['markdown', ArticleSchema],
  topic: ['markdown', TopicSchema],
  claims: ['yaml-list', ClaimsFileSchema],
  timeline: ['yaml-list', TimelineSchema],
  entities: ['yaml-list', EntitiesSchema],
  origins: ['yaml-list', OriginsFileSchema],
} as const satisfies Record<string, readonly ['markdown' | 'yaml-list', z.ZodType]>;

type Kind = keyof typeof FORMATS;

/** One content file, read and validated; `value` is absent when it has errors. */
type ParsedFile =
  | { readonly kind: 'dossier'; readonly value?: ContentInput<DossierData> }
  | { readonly kind: 'article'; readonly value?: ContentInput<ArticleData> }
  | { readonly kind: 'topic'; readonly value?: ContentInput<TopicData> }
  | { readonly kind: 'claims'; readonly value?: ListInput<ClaimData> }
  | { readonly kind: 'timeline'; readonly value?: ListInput<EventData> }
  | { readonly kind: 'entities'; readonly value?: ListInput<EntityData> }
  | { readonly kind: 'origins'; readonly value?: ListInput<OriginData> };

interface ReadFile {
  /** Hash of the bytes: equal means unchanged, and the parse is reused. */
  readonly digest: string;
  readonly parsed: ParsedFile;
  readonly diagnostics: readonly Diagnostic[];
}

export interface DossierLoaderOptions {
  /** The project root: messages name files relative to it. */
  readonly root: string;
  /** The content folder, relative to the root or absolute. */
  readonly content: string;
  readonly urls: DossierUrls;
  /** Renders topic pages and the lede (the Markdown pipeline). */
  readonly createRenderer: CreateCitingRenderer;
  /** Warn where passages of different reports may share an origin (`npm run check`). */
  readonly findEchoes?: boolean;
  /** Astro's cache folder, where renderings of the lede and the topics are kept for the next build (src/lib/dossier/rendered-store.ts); none: none are kept. */
  readonly cacheFolder?: string;
  /** What `createRenderer` adds to the code of this project, as text (its plugins: describeProjectPlugins), for the key of a kept rendering. */
  readonly rendererPlugins?: string;
}

export interface LoadResult {
  /** Absent when the files could not be assembled at all (e.g. dossier.md is missing or invalid). */
  readonly dossier?: Dossier;
  /** Every problem, sorted by file and position. */
  readonly diagnostics: readonly Diagnostic[];
  /** Changes whenever any content file does: a key for the loaded state. */
  readonly version: string;
  /** Of the lede and the topics, how many were rendered by an earlier build and reused (with a cache folder). */
  readonly reusedRenderings?: number;
}

/** Whether `target` is `folder` or inside it. */
const isInside = (folder: string, target: string) => {
  const relative = path.relative(folder, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

const digestOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('base64url');

/** Content files open at once: enough to keep the disk busy, far below any limit on open files. */
const FILES_READ_AT_ONCE = 64;

export function createDossierLoader(options: DossierLoaderOptions) {
  const root = path.resolve(options.root);
  const contentRoot = path.resolve(root, options.content);
  const layout = contentLayout(contentRoot);
  const files = new Map<string, ReadFile>();
  const cache = new AssemblyCache();
  const store = options.cacheFolder === undefined
    ? undefined
    : openRenderedStore(path.join(options.cacheFolder, 'rendered-documents'), codeDigest(root, options.rendererPlugins ?? '', contentRoot), options.urls.home());

  /** Path of a content file for messages: relative to the project root, with forward slashes. */
  const displayPath = (absolute: string) => path.relative(root, absolute).split(path.sep).join('/');

  /** What kind of content a path holds, or undefined when it is not a content file. */
  function kindOf(absolute: string): Kind | undefined {
    const dir = path.dirname(absolute);
    if (absolute === layout.dossier) return 'dossier';
    if (absolute === layout.timeline) return 'timeline';
    if (absolute === layout.entities) return 'entities';
    if (absolute === layout.origins) return 'origins';
    if (dir === layout.articles && absolute.endsWith('.md')) return 'article';
    if (dir === layout.topics && absolute.endsWith('.md')) return 'topic';
    if (dir === layout.claims && absolute.endsWith('.yaml')) return 'claims';
    return undefined;
  }

  function parse(kind: Kind, file: string, bytes: Uint8Array, digest: string): { parsed: ParsedFile; diagnostics: readonly Diagnostic[] } {
    const decoded = decodeText(bytes);
    if (!decoded.ok) return { parsed: { kind }, diagnostics: [{ file, line: 1, column: 1, severity: 'error', message: decoded.message }] };
    const markdown = <S extends z.ZodType>(schema: S) => {
      const result = parseContentFile(file, decoded.text, schema);
      if (!result.ok) return { diagnostics: result.diagnostics };
      const { id, data, body, bodyLine, locate } = result.value;
      return { value: { id, file, data, body, bodyLine, locate, digest } as ContentInput<z.infer<S>>, diagnostics: [] };
    };
    const list = <S extends z.ZodType>(schema: S) => {
      const result = validateYaml(file, decoded.text, schema);
      if (!result.ok) return { diagnostics: result.diagnostics };
      return { value: { file, items: result.value.data as never, locate: result.value.locate }, diagnostics: [] };
    };
    const [format, schema] = FORMATS[kind];
    const result = format === 'markdown' ? markdown(schema) : list(schema);
    if (kind === 'article' && result.value) return underCurrentNames(result.value as ContentInput<ArticleFrontmatter>);
    // The table pairs each kind with its schema, so the value is that kind's.
    return { parsed: { kind, ...(result.value ? { value: result.value } : {}) } as ParsedFile, diagnostics: result.diagnostics };
  }

  /** An article with the fields written under an old name moved to the current one, and a problem at each. */
  function underCurrentNames(input: ContentInput<ArticleFrontmatter>): { parsed: ParsedFile; diagnostics: readonly Diagnostic[] } {
    const { data, renamed } = currentArticleFields(input.data);
    const diagnostics = renamed.map(({ path: at, severity, message }) => ({ file: input.file, ...(input.locate?.(at) ?? { line: 1, column: 1 }), severity, message }));
    // Both names given is an error: the article stays out, as with any invalid frontmatter.
    if (renamed.some((r) => r.severity === 'error')) return { parsed: { kind: 'article' }, diagnostics };
    return { parsed: { kind: 'article', value: { ...input, data } }, diagnostics };
  }

  /**
   * Why a content path that exists cannot be read as a content file: a
   * folder, a link that leads nowhere or loops, or one that leaves the
   * content folder (its target would be published as if it were content);
   * undefined when it can be read, or when nothing is there.
   */
  let contentReal: Promise<string> | undefined;
  async function unreadable(absolute: string): Promise<string | undefined> {
    const entry = await lstat(absolute).catch(() => undefined);
    if (!entry) return undefined;
    const target = await realpath(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (target instanceof Error) {
      return target.code === 'ELOOP' ? 'The file is a link that loops back on itself.' : `The file is a link to a file that does not exist (${target.code ?? target.message}).`;
    }
    contentReal ??= realpath(contentRoot);
    if (!isInside(await contentReal, target)) return `The file is a link to ${target}, outside the content folder: copy the file into the content folder instead.`;
    if ((await stat(target)).isDirectory()) return 'This is a folder, not a file: content files are files.';
    return undefined;
  }

  /** Reads one file (once) and parses it, unless its bytes are those parsed last time. */
  async function readOne(absolute: string): Promise<void> {
    const kind = kindOf(absolute);
    if (!kind) return;
    const problem = await unreadable(absolute);
    if (problem) {
      files.set(absolute, { digest: problem, parsed: { kind } as ParsedFile, diagnostics: [{ file: displayPath(absolute), line: 1, column: 1, severity: 'error', message: problem }] });
      return;
    }
    const bytes = await readFile(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (bytes instanceof Error) {
      // A file that is not there is no content (an optional file, or one just removed); one that is there but unreadable is a problem to name.
      if (bytes.code === 'ENOENT') files.delete(absolute);
      else files.set(absolute, { digest: bytes.message, parsed: { kind } as ParsedFile, diagnostics: [{ file: displayPath(absolute), line: 1, column: 1, severity: 'error', message: `The file cannot be read (${bytes.code ?? bytes.message}).` }] });
      return;
    }
    const digest = digestOf(bytes);
    if (files.get(absolute)?.digest === digest) return;
    files.set(absolute, { digest, ...parse(kind, displayPath(absolute), bytes, digest) });
  }

  /** Reads the files, a bounded number at a time: a dossier of 100,000 articles would otherwise open them all at once (EMFILE). */
  async function readAll(absolutes: readonly string[]): Promise<void> {
    let next = 0;
    const reader = async () => {
      while (next < absolutes.length) await readOne(absolutes[next++]!);
    };
    await Promise.all(Array.from({ length: Math.min(FILES_READ_AT_ONCE, absolutes.length) }, reader));
  }

  async function listFolder(folder: string, extension: string): Promise<string[]> {
    const names = await readdir(folder).catch(() => [] as string[]);
    return names.filter((n) => n.endsWith(extension)).sort().map((n) => path.join(folder, n));
  }

  /** Every content file that exists now. */
  async function listAll(): Promise<string[]> {
    const [articles, topics, claims] = await Promise.all([
      listFolder(layout.articles, '.md'),
      listFolder(layout.topics, '.md'),
      listFolder(layout.claims, '.yaml'),
    ]);
    return [layout.dossier, layout.timeline, layout.entities, layout.origins, ...articles, ...topics, ...claims];
  }

  async function assemble(): Promise<LoadResult> {
    const diagnostics: Diagnostic[] = [];
    const byKind = { dossier: [], article: [], topic: [], claims: [], timeline: [], entities: [], origins: [] } as { [K in Kind]: (ParsedFile & { kind: K })[] };
    const invalidArticleIds = new Set<string>();
    for (const [absolute, file] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
      for (const diagnostic of file.diagnostics) diagnostics.push(diagnostic);
      (byKind[file.parsed.kind] as ParsedFile[]).push(file.parsed);
      if (file.parsed.kind === 'article' && !file.parsed.value) invalidArticleIds.add(path.basename(absolute, '.md'));
    }
    const version = createHash('sha256')
      .update(JSON.stringify([...files].map(([file, { digest }]) => [file, digest]).sort()))
      .digest('base64url');
    const dossierFile = byKind.dossier[0];
    if (!dossierFile) {
      const file = displayPath(layout.dossier);
      diagnostics.push({ file, line: 1, column: 1, severity: 'error', message: 'The file is missing or cannot be read: it names the dossier and holds its lede.' });
    }
    if (!dossierFile?.value) return { diagnostics: sortDiagnostics(diagnostics), version };
    const values = <T,>(list: readonly { value?: T }[]) => list.flatMap((f) => (f.value ? [f.value] : []));
    const claims = values(byKind.claims).map((list) => ({ ...list, topic: path.basename(list.file, '.yaml') }));
    const timeline = byKind.timeline[0]?.value;
    const entities = byKind.entities[0]?.value;
    const origins = byKind.origins[0]?.value;
    const inputs: DossierInputs = {
      dossier: dossierFile.value,
      articles: values(byKind.article),
      topics: values(byKind.topic),
      invalidArticleIds,
      claims,
      ...(timeline ? { timeline } : {}),
      ...(entities ? { entities } : {}),
      ...(origins ? { origins } : {}),
      ...(byKind.origins.length > 0 && !origins ? { invalidOrigins: true } : {}),
    };
    const assembled = await assembleDossier(inputs, { urls: options.urls, createRenderer: options.createRenderer, cache, ...(store ? { store } : {}), ...(options.findEchoes ? { findEchoes: true } : {}) });
    // Not push(...): a large dossier has more warnings than a call may take arguments.
    for (const diagnostic of assembled.diagnostics) diagnostics.push(diagnostic);
    return { dossier: assembled.dossier, diagnostics: sortDiagnostics(diagnostics), version };
  }

  return {
    /** The content folder, absolute. */
    contentRoot,
    /** Whether a path (absolute) is a content file of this dossier. */
    isContentFile: (absolute: string) => kindOf(path.resolve(absolute)) !== undefined,
    /** Reads every content file and assembles the dossier. */
    async load(): Promise<LoadResult> {
      const present = await listAll();
      const existing = new Set(present);
      for (const known of files.keys()) if (!existing.has(known)) files.delete(known);
      await readAll(present);
      const reusedBefore = store?.reused ?? 0;
      const result = await assemble();
      if (!store) return result;
      // What this load did not use is of documents changed or gone: a later build renders them again.
      if (result.dossier) store.forgetUnused();
      return { ...result, reusedRenderings: store.reused - reusedBefore };
    },
    /** Re-reads the given files (added, changed or removed) and assembles the dossier again. */
    async update(changed: readonly string[]): Promise<LoadResult> {
      await readAll(changed.map((file) => path.resolve(file)));
      return assemble();
    },
  };
}

export type DossierLoader = ReturnType<typeof createDossierLoader>;
