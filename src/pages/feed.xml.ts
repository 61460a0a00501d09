/**
 * Atom feed of the dossier's sources, newest addition first, so readers
 * learn when an article is added. Dates come from the content, never from
 * the clock, so two builds of the same content give the same feed.
 */
import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { getDossier, urls } from '../data/dossier';
import { firstMomentOf, formatPartialDate } from '../lib/dates/partial-date';
import { articlesByRecency, entryMoment } from '../lib/dossier/recency';

/** Entries in the feed: the most recently added sources. */
const FEED_ENTRIES = 50;

export const GET: APIRoute = async ({ site }) => {
  const dossier = await getDossier();
  const meta = dossier.meta.data;
  const absolute = (path: string) => new URL(path, site).href;
  const articles = articlesByRecency(dossier.articles);
  // An article of unknown date counts from the dossier's last revision.
  const dossierUpdated = firstMomentOf(meta.updated)!;
  const entryDate = (article: (typeof articles)[number]) => entryMoment(article) ?? dossierUpdated;
  const newest = articles[0] ? entryDate(articles[0]) : dossierUpdated;

  const feed = new Feed({
    id: absolute(urls.home()),
    link: absolute(urls.home()),
    title: meta.title,
    description: meta.summary,
    language: meta.language,
    updated: newest > dossierUpdated ? newest : dossierUpdated,
    copyright: '',
    generator: 'briefing-dossier',
    feedLinks: { atom: absolute(urls.asset('feed.xml')) },
  });
  // A feed reader wants what is new, not the archive: the newest entries only.
  for (const article of articles.slice(0, FEED_ENTRIES)) {
    const first = article.blocks.find((b) => b.kind === 'paragraph')?.text ?? '';
    feed.addItem({
      id: absolute(urls.source(article.id)),
      link: absolute(urls.source(article.id)),
      title: article.title,
      description: `${article.outlet}, ${formatPartialDate(article.published)}. ${first}`,
      date: entryDate(article),
    });
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
