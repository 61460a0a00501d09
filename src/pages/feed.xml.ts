/**
 * Atom feed of the dossier's sources, newest addition first, so readers
 * learn when an article is added; titles and summaries are text (src/lib/feed/atom.ts). Dates come from the content, never from
 * the clock, so two builds of the same content give the same feed.
 */
import type { APIRoute } from 'astro';
import { atomXml } from '../lib/feed/atom';
import { getDossier, urls } from '../data/dossier';
import { firstMomentOf } from '../lib/dates/partial-date';
import { uiFor } from '../lib/i18n/ui';
import { articlesByRecency, entryMoment } from '../lib/dossier/recency';

/** Entries in the feed: the most recently added sources. */
const FEED_ENTRIES = 50;

export const GET: APIRoute = async ({ site }) => {
  const dossier = await getDossier();
  const meta = dossier.meta.data;
  const ui = uiFor(meta.language);
  const absolute = (path: string) => new URL(path, site).href;
  const articles = articlesByRecency(dossier.articles);
  // An article of unknown date counts from the dossier's last revision.
  const dossierUpdated = firstMomentOf(meta.updated)!;
  const entryDate = (article: (typeof articles)[number]) => entryMoment(article) ?? dossierUpdated;
  const newest = articles[0] ? entryDate(articles[0]) : dossierUpdated;

  const feed = atomXml({
    id: absolute(urls.home()),
    link: absolute(urls.home()),
    self: absolute(urls.asset('feed.xml')),
    title: meta.title,
    subtitle: meta.summary,
    language: meta.language,
    updated: newest > dossierUpdated ? newest : dossierUpdated,
    generator: 'briefing-dossier',
    // A feed reader wants what is new, not the archive: the newest entries only.
    entries: articles.slice(0, FEED_ENTRIES).map((article) => ({
      id: absolute(urls.source(article.id)),
      link: absolute(urls.source(article.id)),
      title: article.title,
      summary: `${article.outlet}, ${ui.date(article.published)}. ${article.blocks.find((b) => b.kind === 'paragraph')?.text ?? ''}`,
      updated: entryDate(article),
    })),
  });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
