/**
 * HTML pages: Mozilla's Readability finds the article's main text and drops
 * navigation, ads and other boilerplate; the page's metadata gives title,
 * date, outlet and URL when present.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import type { ImportedBlock } from './plain-text.ts';

export interface HtmlMetadata {
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
  language?: string;
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
  const blocks = article?.content ? blocksFromArticleHtml(article.content) : [];
  // Readability repeats the headline at the top; it is the title, not text.
  if (blocks[0]?.kind === 'heading' && metadata.title && blocks[0].text === metadata.title) blocks.shift();
  if (!metadata.title && article?.title) metadata.title = squash(article.title);
  if (!metadata.outlet && article?.siteName) metadata.outlet = squash(article.siteName);
  return { blocks, metadata };
}
