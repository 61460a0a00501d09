/**
 * HTML pages: the text of the page's one <article> (or <main>) without its
 * furniture, or else what Mozilla's Readability finds as the main text;
 * navigation, ads and other boilerplate are dropped. The page's metadata gives
 * title, date, outlet and URL when present.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import type { ImportedBlock } from './plain-text.ts';

export interface HtmlMetadata {
  title?: string | undefined;
  outlet?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
  language?: string | undefined;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/gu, ' ').trim();

function meta(document: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const value = squash(element?.getAttribute('content'));
    if (value) return value;
  }
  return undefined;
}

function jsonLdDate(document: Document): string | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = JSON.stringify(JSON.parse(script.textContent ?? '')).match(/"datePublished":"([^"]+)"/u);
      if (found) return found[1];
    } catch {
      // Malformed JSON-LD is common; the other sources of a date remain.
    }
  }
  return undefined;
}

/** `2025-06-14T10:00:00Z` → `2025-06-14`; anything else is left for validation to judge. */
function isoDay(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const day = /^(\d{4}-\d{2}-\d{2})/u.exec(value.trim());
  return day ? day[1] : value.trim();
}

function blocksFromArticleHtml(html: string): ImportedBlock[] {
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  const blocks: ImportedBlock[] = [];
  for (const element of document.body.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, pre, td')) {
    // Nested matches (a p inside an li) are taken once, at the innermost level.
    if (element.querySelector('p, li, h1, h2, h3, h4, h5, h6')) continue;
    const text = squash(element.textContent);
    if (!text) continue;
    blocks.push({ kind: /^H[1-6]$/u.test(element.tagName) ? 'heading' : 'paragraph', text });
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
function semanticArticle(document: Document): ImportedBlock[] | undefined {
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

export function importHtml(html: string, url?: string): { blocks: ImportedBlock[]; metadata: HtmlMetadata } {
  // Scripts never run: jsdom only parses, and its console is silenced.
  const dom = new JSDOM(html, { url: url ?? 'https://article.invalid/', virtualConsole: new VirtualConsole() });
  const { document } = dom.window;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const metadata: HtmlMetadata = {
    title: meta(document, 'og:title', 'twitter:title', 'headline') ?? (squash(document.title) || undefined),
    outlet: meta(document, 'og:site_name', 'application-name', 'publisher'),
    published: isoDay(
      meta(document, 'article:published_time', 'datePublished', 'date', 'dc.date', 'DC.date.issued', 'pubdate') ??
        document.querySelector('time[datetime]')?.getAttribute('datetime') ??
        jsonLdDate(document),
    ),
    url: meta(document, 'og:url') ?? canonical,
    language: squash(document.documentElement.getAttribute('lang')).toLowerCase() || undefined,
  };
  const article = new Readability(document.cloneNode(true) as Document).parse();
  const semantic = semanticArticle(document);
  const blocks = semantic ?? (article?.content ? blocksFromArticleHtml(article.content) : []);
  // Readability repeats the headline at the top; it is the title, not text.
  if (blocks[0]?.kind === 'heading' && metadata.title && blocks[0].text === metadata.title) blocks.shift();
  if (!metadata.title && article?.title) metadata.title = squash(article.title);
  if (!metadata.outlet && article?.siteName) metadata.outlet = squash(article.siteName);
  return { blocks, metadata };
}
