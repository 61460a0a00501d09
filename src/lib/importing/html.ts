/**
 * HTML pages: the text of the page's one <article> (or <main>) without its
 * furniture, or else what Mozilla's Readability finds as the main text;
 * navigation, ads and other boilerplate are dropped. The page's metadata gives
 * title, date, outlet and URL when present. How much of the text is link text
 * tells a front page's list of headlines from an article.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import type { ImportedBlock } from './plain-text.ts';
import { clip } from '../text/clip.ts';

export interface HtmlMetadata {
  title?: string | undefined;
  outlet?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
  language?: string | undefined;
}

/** A block of the page's text, with how many of its characters are inside links. */
export type ExtractedBlock = ImportedBlock & { readonly linkChars: number };

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/gu, ' ').trim();

function meta(document: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const value = squash(element?.getAttribute('content'));
    if (value) return value;
  }
  return undefined;
}

/** A JSON-LD value's field as text: given as text, `{ "@value": text }` or a list. */
function textOf(field: unknown): string | undefined {
  const value = Array.isArray(field) ? field[0] : typeof field === 'object' && field !== null ? (field as Record<string, unknown>)['@value'] : field;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * The first value `pick` finds in a JSON-LD value, in document order. Walked
 * without recursion: JSON.parse takes a million nested lists, a recursive
 * walk of them overflows the stack.
 */
function findInJsonLd(value: unknown, pick: (node: Record<string, unknown>) => string | undefined): string | undefined {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next !== 'object' || next === null) continue;
    const found = Array.isArray(next) ? undefined : pick(next as Record<string, unknown>);
    if (found) return found;
    const children = Object.values(next);
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
  }
  return undefined;
}

/**
 * Fields of the page's JSON-LD: the publication date, and the headline and
 * publisher's name (as Readability reads them, for pages whose text is taken
 * without it).
 */
const JSON_LD_FIELDS = {
  published: { pick: (node) => textOf(node['datePublished']), pattern: /"datePublished"\s*:\s*"([^"]+)"/u },
  title: { pick: (node) => textOf(node['headline']), pattern: /"headline"\s*:\s*"([^"]+)"/u },
  outlet: {
    pick: (node) => (typeof node['publisher'] === 'object' && node['publisher'] !== null ? textOf((node['publisher'] as Record<string, unknown>)['name']) : undefined),
    pattern: /"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]+)"/u,
  },
} satisfies Record<string, { pick: (node: Record<string, unknown>) => string | undefined; pattern: RegExp }>;

function jsonLd(document: Document, field: keyof typeof JSON_LD_FIELDS): string | undefined {
  const { pick, pattern } = JSON_LD_FIELDS[field];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    let found: string | undefined;
    try {
      found = findInJsonLd(JSON.parse(text), pick);
    } catch {
      // Much JSON-LD is malformed (raw line breaks in strings, trailing
      // commas); its fields are still there to be read.
      found = pattern.exec(text)?.[1];
    }
    if (found) return found;
  }
  return undefined;
}

/** `2025-06-14T10:00:00Z` → `2025-06-14`; anything else is left for validation to judge. */
function isoDay(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const day = /^(\d{4}-\d{2}-\d{2})/u.exec(value.trim());
  return day ? day[1] : value.trim();
}

/** The blocks of a piece of HTML, each with how many of its characters are link text. */
function blocksFromArticleHtml(html: string): ExtractedBlock[] {
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  const blocks: ExtractedBlock[] = [];
  for (const element of document.body.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, pre, td')) {
    // Nested matches (a p inside an li) are taken once, at the innermost level.
    if (element.querySelector('p, li, h1, h2, h3, h4, h5, h6')) continue;
    const text = squash(element.textContent);
    if (!text) continue;
    const inLink = element.closest('a') ? text.length : [...element.querySelectorAll('a')].reduce((sum, a) => sum + squash(a.textContent).length, 0);
    blocks.push({ kind: /^H[1-6]$/u.test(element.tagName) ? 'heading' : 'paragraph', text, linkChars: Math.min(inLink, text.length) });
  }
  return blocks;
}

/** Page furniture found inside article markup: never part of the text. */
const FURNITURE = [
  'header', 'nav', 'aside', 'footer', 'figure', 'form', 'script', 'style', 'noscript', 'iframe', 'template', 'button',
  '[class~="ad"]', '[class*="advert"]', '[class*="byline"]', '[class*="related"]', '[class*="share"]', '[class*="newsletter"]',
  '[rel="author"]', '[hidden]', '[aria-hidden="true"]',
].join(', ');

/**
 * Pages that mark their story up as one <article> (or one <main>) say where the
 * text is; that beats Readability's scoring, which can sweep in a nearby ad.
 */
function semanticArticle(document: Document): ExtractedBlock[] | undefined {
  for (const selector of ['article', 'main']) {
    const found = document.querySelectorAll(selector);
    if (found.length !== 1) continue;
    const container = found[0]!.cloneNode(true) as Element;
    for (const element of container.querySelectorAll(FURNITURE)) element.remove();
    const blocks = blocksFromArticleHtml(container.innerHTML);
    if (blocks.filter((b) => b.kind === 'paragraph').length >= 2) return blocks;
  }
  return undefined;
}

/**
 * How much of the extracted text is link text. A front or section page's list
 * of headlines is mostly links in short items; an article is mostly its own
 * sentences, in paragraphs, with a few links.
 */
export interface LinkShare {
  /** Share of the text's characters that are inside links, 0 to 1. */
  readonly share: number;
  /** Number of blocks (paragraphs, headings, list items). */
  readonly items: number;
  /** Median length of a block, in characters. */
  readonly medianLength: number;
}

/** At least this share of link text, in blocks of this median length or shorter, is a list of links. */
const LINK_LIST = { share: 0.4, medianLength: 100 } as const;

function linkShareOf(blocks: readonly ExtractedBlock[]): LinkShare {
  const lengths = blocks.map((b) => b.text.length).sort((a, b) => a - b);
  const chars = lengths.reduce((sum, n) => sum + n, 0);
  const linkChars = blocks.reduce((sum, b) => sum + b.linkChars, 0);
  return { share: chars === 0 ? 0 : linkChars / chars, items: blocks.length, medianLength: lengths[Math.floor(lengths.length / 2)] ?? 0 };
}

export function looksLikeLinkList({ share, medianLength }: LinkShare): boolean {
  return share >= LINK_LIST.share && medianLength <= LINK_LIST.medianLength;
}

/**
 * The page's address from its metadata: an absolute http(s) URL as written,
 * a protocol-relative one (`//host/path`) with https. Anything else (a path
 * without a host, another scheme) is left out and said so.
 */
function pageAddress(candidates: readonly (string | undefined)[], warnings: string[]): string | undefined {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const absolute = candidate.startsWith('//') ? `https:${candidate}` : candidate;
    if (/^https?:\/\/[^\s/]+/iu.test(absolute) && URL.canParse(absolute)) return absolute;
    warnings.push(`the page gives its address as "${clip(candidate)}", which is not an http(s) URL; it was left out (pass --url to record one).`);
  }
  return undefined;
}

export interface ImportedPage {
  readonly blocks: ImportedBlock[];
  readonly metadata: HtmlMetadata;
  readonly links: LinkShare;
  /** What was left out of the metadata, and why. */
  readonly warnings: readonly string[];
}

export function importHtml(html: string, url?: string): ImportedPage {
  // Scripts never run: jsdom only parses, and its console is silenced.
  const dom = new JSDOM(html, { url: url ?? 'https://article.invalid/', virtualConsole: new VirtualConsole() });
  const { document } = dom.window;
  const warnings: string[] = [];
  const canonical = squash(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) || undefined;
  const metadata: HtmlMetadata = {
    title: meta(document, 'og:title', 'twitter:title', 'headline') ?? (squash(document.title) || undefined),
    outlet: meta(document, 'og:site_name', 'application-name', 'publisher'),
    published: isoDay(
      meta(document, 'article:published_time', 'datePublished', 'date', 'dc.date', 'DC.date.issued', 'pubdate') ??
        document.querySelector('time[datetime]')?.getAttribute('datetime') ??
        jsonLd(document, 'published'),
    ),
    // An address given on the command line wins; the page's is not checked then.
    url: url ? undefined : pageAddress([meta(document, 'og:url'), canonical], warnings),
    language: squash(document.documentElement.getAttribute('lang')).toLowerCase() || undefined,
  };
  const semantic = semanticArticle(document);
  // Readability only when the page does not say where its text is: it costs
  // far more than the rest (its cleaning grows with the cube of the depth).
  const article = semantic ? undefined : new Readability(document.cloneNode(true) as Document).parse();
  const extracted = semantic ?? (article?.content ? blocksFromArticleHtml(article.content) : []);
  // Readability repeats the headline at the top; it is the title, not text.
  if (extracted[0]?.kind === 'heading' && metadata.title && extracted[0].text === metadata.title) extracted.shift();
  if (!metadata.title) metadata.title = squash(jsonLd(document, 'title') ?? article?.title) || undefined;
  if (!metadata.outlet) metadata.outlet = squash(jsonLd(document, 'outlet') ?? article?.siteName) || undefined;
  return { blocks: extracted.map(({ kind, text }) => ({ kind, text })), metadata, links: linkShareOf(extracted), warnings };
}
