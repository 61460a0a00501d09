/**
 * How soon `astro dev` shows an article added while it runs: the dev server
 * is started as `npm run dev` is, on the generated dossier, and once it
 * serves, one new article file is written into the articles folder; the
 * time runs until its source page is served (200) with the article's title.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startDevServer } from '../support/dev-server.ts';
import { articleFile, makeArticle } from './generate.ts';

export interface DevUpdate {
  /** From `astro dev` starting to it serving the home page, ms. */
  readonly startMs: number;
  readonly articleId: string;
  /** From writing the file to its page served with its title, ms; undefined if that did not happen within the limit. */
  readonly updateMs: number | undefined;
  readonly limitMs: number;
}

const POLL_MS = 50;
const UPDATE_LIMIT_MS = 60_000;
const START_LIMIT_MS = 300_000;

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

/** GETs `url` until `accept` holds for a response, every POLL_MS, for at most `limitMs`; whether it held. */
async function pollUntil(url: string, limitMs: number, accept: (status: number, body: string) => boolean): Promise<boolean> {
  const deadline = performance.now() + limitMs;
  while (performance.now() < deadline) {
    const response = await fetch(url).catch(() => undefined);
    if (response && accept(response.status, await response.text())) return true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return false;
}

/**
 * Adds article number `index` of the seed's dossiers to the content folder
 * `content` while `astro dev` serves it. Before the file is written, the
 * server has rendered the home page and an existing source page (`warmId`),
 * as it has for a user who had the site open: the time is the update's,
 * not the first compile of the route.
 */
export async function measureDevUpdate(content: string, seed: number, index: number, warmId: string): Promise<DevUpdate> {
  const article = makeArticle(seed, index);
  const text = articleFile(article);
  const started = performance.now();
  const dev = await startDevServer({ DOSSIER_CONTENT: content }, START_LIMIT_MS);
  try {
    const serves = (status: number) => status === 200;
    if (!(await pollUntil(`${dev.url}/`, START_LIMIT_MS, serves))) throw new Error(`astro dev did not serve / on ${content}:\n${dev.output().slice(-4000)}`);
    const startMs = performance.now() - started;
    if (!(await pollUntil(`${dev.url}/sources/${warmId}/`, START_LIMIT_MS, serves))) throw new Error(`astro dev did not serve /sources/${warmId}/:\n${dev.output().slice(-4000)}`);

    const titles = [article.title, escapeHtml(article.title)];
    const written = performance.now();
    await writeFile(path.join(content, 'articles', `${article.id}.md`), text, { flag: 'wx' });
    const shown = await pollUntil(`${dev.url}/sources/${article.id}/`, UPDATE_LIMIT_MS, (status, body) => status === 200 && titles.some((t) => body.includes(t)));
    return { startMs, articleId: article.id, updateMs: shown ? performance.now() - written : undefined, limitMs: UPDATE_LIMIT_MS };
  } finally {
    await dev.close();
  }
}
