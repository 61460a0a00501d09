/**
 * Astro content loader for the dossier's Markdown files. It reads files with
 * the same parser as `npm run check`, so the site and the checker agree on
 * every rule and every message.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { displayPath, parseContentBytes, parseYamlListBytes } from '../lib/dossier/load.ts';
import { ContentError, formatDiagnostic, type Diagnostic } from '../lib/content/diagnostics.ts';

export interface ContentFilesOptions {
  /** A folder of files, or one file, relative to the project root (or absolute). */
  readonly path: string;
  /**
   * `markdown`: `*.md` files, frontmatter validated by `schema`.
   * `yaml-list`: `*.yaml` files each holding a list validated by `schema`;
   * an entry's data is `{ items }`.
   */
  readonly format?: 'markdown' | 'yaml-list';
  /** Schema of the frontmatter, or of the list. */
  readonly schema: z.ZodType;
}

export function contentFiles(options: ContentFilesOptions): Loader {
  return {
    name: 'dossier-content-files',
    async load({ store, config, logger, parseData, generateDigest, watcher }) {
      const root = fileURLToPath(config.root);
      const format = options.format ?? 'markdown';
      const extension = format === 'markdown' ? '.md' : '.yaml';
      const isFolder = !options.path.endsWith(extension);

      const listFiles = async (): Promise<string[]> => {
        if (!isFolder) return [options.path];
        const names = await readdir(path.resolve(root, options.path)).catch(() => [] as string[]);
        return names.filter((n) => n.endsWith(extension)).sort().map((n) => path.join(options.path, n));
      };

      const sync = async () => {
        const files = await listFiles();
        const diagnostics: Diagnostic[] = [];
        const seen = new Set<string>();
        for (const relative of files) {
          const file = displayPath(root, relative);
          const bytes = await readFile(path.resolve(root, relative)).catch(() => undefined);
          if (!bytes) {
            // A single optional data file (timeline, entities) may be absent.
            if (format === 'markdown') diagnostics.push({ file, line: 1, column: 1, severity: 'error', message: 'The file is missing or cannot be read.' });
            continue;
          }
          const id = path.basename(relative, extension);
          seen.add(id);
          // Unchanged since the last sync (or the last build's cache): skip parsing.
          const digest = generateDigest(bytes.toString('base64'));
          if (store.get(id)?.digest === digest) continue;
          if (format === 'yaml-list') {
            const { value, diagnostics: found } = parseYamlListBytes(file, bytes, options.schema);
            diagnostics.push(...found);
            if (!value) continue;
            const data = await parseData({ id, data: { items: [...value.items] as unknown[] }, filePath: file });
            store.set({ id, data, filePath: file, digest });
            continue;
          }
          const { value, diagnostics: found } = parseContentBytes(file, bytes, options.schema);
          diagnostics.push(...found);
          if (!value) continue;
          const raw = { ...(value.data as Record<string, unknown>), bodyLine: value.bodyLine };
          const data = await parseData({ id: value.id, data: raw, filePath: value.file });
          store.set({ id: value.id, data, body: value.body, filePath: value.file, digest });
        }
        if (diagnostics.length > 0) throw new ContentError(diagnostics);
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      };

      await sync();

      // In `astro dev`, pick up added, edited and removed files.
      const watched = path.resolve(root, options.path);
      watcher?.add(watched);
      const onChange = (changed: string) => {
        if (!changed.startsWith(watched) || !changed.endsWith(extension)) return;
        sync().catch((error: unknown) => {
          const found = error instanceof ContentError ? error.diagnostics.map(formatDiagnostic).join('\n') : String(error);
          logger.error(found);
        });
      };
      watcher?.on('add', onChange).on('change', onChange).on('unlink', onChange);
    },
  };
}
