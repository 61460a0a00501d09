/**
 * The dossier integration's Vite plugin: how its options reach the code Vite
 * loads (the content loader, the pages).
 *
 * - The content loader's settings, plugins included, travel in the plugin's
 *   `api` (Vite's field for what plugins share): Astro hands every loader the
 *   resolved config, and so this very object, in the same process. Functions
 *   cannot pass through a virtual module's source text. The loader hands
 *   back, the same way, the articles it loaded, of which the integration
 *   makes the citation files (citation-files.ts): written after a build,
 *   served here by the dev server. In `astro dev` the integration puts
 *   Astro's `refreshContent` here too, through which the loader reloads
 *   an edited file.
 * - Components are modules `virtual:dossier/components/<Name>`, each
 *   re-exporting the project's override or the dossier's default, as
 *   Starlight resolves its `components` option.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, RefreshContentOptions } from 'astro';
import type { Plugin } from 'vite';
import type { CitableArticle } from './citation-files.ts';
import type { PublishedArticle } from '../lib/dossier/model.ts';
import { OVERRIDABLE_COMPONENTS, type MarkdownPlugin, type ResolvedDossierOptions } from '../lib/config/options.ts';

const PLUGIN_NAME = 'briefing-dossier';

/** An article the loader hands back: what its citation files are made of, and its number (its place in the archive, which the search index's parts follow). */
export type LoadedArticle = CitableArticle & Pick<PublishedArticle, 'number'>;
const COMPONENTS = 'virtual:dossier/components/';

/** What the content loader needs of the options, and how it hands back what it loaded. */
export interface LoaderSettings {
  readonly content: string;
  readonly remarkPlugins: readonly MarkdownPlugin[];
  readonly rehypePlugins: readonly MarkdownPlugin[];
  /** Called with the articles of each verified load; undefined while the content has errors (astro dev). */
  readonly loaded: (articles: readonly LoadedArticle[] | undefined) => void;
  /**
   * `astro dev`: Astro's `refreshContent` (astro:server:setup), which runs
   * loaders again within a content sync; undefined in a build.
   */
  readonly refreshContent: RefreshContent | undefined;
}

export type RefreshContent = (options: RefreshContentOptions) => Promise<void>;

interface DossierVitePlugin extends Plugin {
  readonly api: { readonly loaderSettings: LoaderSettings };
}

/** The articles of the content loader's last verified load. */
export interface LoadedArticles {
  readonly articles: () => readonly LoadedArticle[] | undefined;
}

/** The plugin, for `root` (component paths are relative to it). */
export function dossierVitePlugin(root: string, options: ResolvedDossierOptions): DossierVitePlugin & LoadedArticles & { readonly useRefreshContent: (refresh: RefreshContent) => void } {
  const { content, remarkPlugins, rehypePlugins, components } = options;
  let articles: readonly LoadedArticle[] | undefined;
  let refreshContent: RefreshContent | undefined;
  const componentFile = new Map<string, string>(
    OVERRIDABLE_COMPONENTS.map((name) => {
      const override = components[name];
      if (override && !existsSync(path.resolve(root, override))) {
        throw new Error(`dossier({ components }): ${name} is "${override}", and there is no file ${path.resolve(root, override)}.`);
      }
      return [`\0${COMPONENTS}${name}`, override ? path.resolve(root, override) : fileURLToPath(new URL(`../components/${name}.astro`, import.meta.url))];
    }),
  );
  return {
    name: PLUGIN_NAME,
    api: {
      loaderSettings: {
        content,
        remarkPlugins,
        rehypePlugins,
        loaded: (loaded) => (articles = loaded),
        get refreshContent() {
          return refreshContent;
        },
      },
    },
    articles: () => articles,
    useRefreshContent: (refresh) => (refreshContent = refresh),
    configureServer(server) {
      // Vite's own base middleware has already taken the base path off request.url.
      server.middlewares.use((request, response, next) => {
        if (!articles || !/\/cite\.\w+$/u.test(new URL(request.url ?? '/', 'http://dev').pathname)) return next();
        const loaded = articles;
        // Loaded on the first request: citation-js is no part of the config the command-line tools load.
        import('./citation-files.ts')
          .then(({ citationFileAt }) => {
            const file = citationFileAt(new URL(request.url ?? '/', 'http://dev').pathname, loaded);
            if (!file) return next();
            response.setHeader('Content-Type', file.mediaType);
            response.end(file.body);
          })
          .catch(next);
      });
    },
    resolveId: (id) => (id.startsWith(COMPONENTS) && componentFile.has(`\0${id}`) ? `\0${id}` : undefined),
    load(id) {
      const file = componentFile.get(id);
      if (file === undefined) return undefined;
      this.addWatchFile(file);
      return `export { default } from ${JSON.stringify(file)};`;
    },
  };
}

/** The loader's settings, from the config Astro gives the loader. */
export function loaderSettingsOf(config: AstroConfig): LoaderSettings {
  // Vite takes nested arrays of plugins.
  const flatten = (value: unknown): unknown[] => (Array.isArray(value) ? value.flatMap(flatten) : [value]);
  const plugin = flatten(config.vite.plugins).find((p): p is DossierVitePlugin => (p as Plugin | undefined)?.name === PLUGIN_NAME);
  if (!plugin) throw new Error('The dossier collection needs the dossier() integration in astro.config.mjs (integrations: [dossier({ … })]).');
  return plugin.api.loaderSettings;
}
