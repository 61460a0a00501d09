/**
 * The dossier's configuration: the options of the `dossier()` integration in
 * `astro.config.mjs`, and the environment variables that override them. This
 * is the one place `DOSSIER_*` variables are read.
 */
import process from 'node:process';
import type { Plugin } from 'unified';
import { isoDayOf, parsePartialDate } from '../dates/partial-date.ts';

/**
 * A remark or rehype plugin in the shapes Astro's `markdown.remarkPlugins`
 * takes: the plugin, or `[plugin, options]`.
 */
// `any`: unified types a plugin's options and trees by the plugin; every plugin is accepted here, as Astro accepts it.
export type MarkdownPlugin = Plugin<any[], any, any> | readonly [Plugin<any[], any, any>, ...unknown[]];

/** The components a dossier can replace with its own (see `components`). */
export const OVERRIDABLE_COMPONENTS = ['Header', 'Footer', 'SourceReference'] as const;
export type OverridableComponent = (typeof OVERRIDABLE_COMPONENTS)[number];

export interface DossierOptions {
  /** The content folder, relative to the project root or absolute. Default `content`. */
  readonly content?: string;
  /** The path the site is served under, e.g. `/briefings/june/`. Default `/`. */
  readonly base?: string;
  /** The hosted site's origin, e.g. `https://example.org`, for the feed's and sitemap's absolute URLs. */
  readonly site?: string;
  /**
   * Remark plugins of your own for the dossier's Markdown (topics, the
   * briefing): they run after the dossier's own, on a tree whose citations are
   * already verified and resolved. Default none.
   */
  readonly remarkPlugins?: readonly MarkdownPlugin[];
  /** Rehype plugins of your own: they run after the dossier's own (heading ids, external links). Default none. */
  readonly rehypePlugins?: readonly MarkdownPlugin[];
  /**
   * Components of your own in place of the dossier's: `.astro` files, by
   * path relative to the project root, e.g. `{ Footer: './src/overrides/Footer.astro' }`.
   * Each receives the props its default does (src/components/props.ts).
   */
  readonly components?: Partial<Record<OverridableComponent, string>>;
  /**
   * The most pages one part of the search index holds. Pagefind keeps every
   * page of an index in memory while it builds it (about 240 KB a source
   * page), so a larger site is indexed in parts of at most this many pages,
   * one after the other, which the search page merges. Default 5,000: at
   * 10,000 articles (3 parts) the build's peak memory fell by 40 % against
   * one part, and the first search fetched 296 KB instead of 253 KB.
   */
  readonly pagesPerSearchIndex?: number;
}

export type ResolvedDossierOptions = Required<DossierOptions>;

/** Environment variables and the option each overrides. */
export const ENVIRONMENT_OVERRIDES = {
  DOSSIER_CONTENT: 'content',
  DOSSIER_BASE: 'base',
  DOSSIER_SITE: 'site',
} as const satisfies Record<string, 'content' | 'base' | 'site'>;

/** The content folder when none is configured. */
export const DEFAULT_CONTENT = 'content';

const DEFAULTS: ResolvedDossierOptions = {
  content: DEFAULT_CONTENT,
  base: '/',
  site: 'http://localhost:4321',
  remarkPlugins: [],
  rehypePlugins: [],
  components: {},
  pagesPerSearchIndex: 5_000,
};

/** The options in force: defaults, then the integration's options, then the environment. */
export function resolveDossierOptions(options: DossierOptions = {}, env: Record<string, string | undefined> = process.env): ResolvedDossierOptions {
  const overrides: Partial<Record<(typeof ENVIRONMENT_OVERRIDES)[keyof typeof ENVIRONMENT_OVERRIDES], string>> = {};
  for (const [variable, option] of Object.entries(ENVIRONMENT_OVERRIDES)) {
    const value = env[variable];
    if (value) overrides[option] = value;
  }
  const resolved = { ...DEFAULTS, ...withoutUndefined(options), ...overrides };
  const unknown = Object.keys(resolved.components).filter((name) => !(OVERRIDABLE_COMPONENTS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`dossier({ components }): no component ${unknown.map((n) => `"${n}"`).join(', ')} to replace; these can be: ${OVERRIDABLE_COMPONENTS.join(', ')}.`);
  const pages = resolved.pagesPerSearchIndex;
  if (!Number.isInteger(pages) || pages < 1) throw new Error(`dossier({ pagesPerSearchIndex }): a whole number of pages from 1, not ${String(pages)}.`);
  return { ...resolved, content: resolved.content.replace(/\/+$/u, '') || '.' };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Where `npm run build` publishes the site: DOSSIER_OUT_DIR, else `dist`. A
 * setting of the build command rather than of the dossier, so the build reads
 * it without loading astro.config.mjs.
 */
export function buildOutputFolder(env: Record<string, string | undefined> = process.env): string {
  return env['DOSSIER_OUT_DIR'] || 'dist';
}

/**
 * The day `npm run check` takes for today when it looks for indicators due
 * for review: DOSSIER_TODAY (YYYY-MM-DD), else the clock's UTC day. A setting
 * of the check alone (no page depends on the day it is built); tests fix it.
 */
export function checkDay(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const day = env['DOSSIER_TODAY'];
  if (!day) return isoDayOf(now);
  const parsed = parsePartialDate(day);
  if (!parsed.ok || parsed.date.precision !== 'day') throw new RangeError(`DOSSIER_TODAY must be a day written YYYY-MM-DD, not "${day}".`);
  return day;
}
