/** An imported article's id, made from its metadata when none is given: it becomes the file name. */
import { createHash } from 'node:crypto';
import { isoDateText } from '../dates/partial-date.ts';
import { slug, slugDropsWords } from '../text/slug.ts';

export type IdBasis = 'title' | 'source-and-hash';

/** The first `count` words of a slug. */
const slugWords = (text: string, count: number) => slug(text).split('-').filter(Boolean).slice(0, count);

/**
 * Ids are file names: at most this long, they stay readable and far inside
 * file systems' limit on a name (255 bytes), whatever the title.
 */
export const MAX_ID_LENGTH = 80;

/**
 * `head`, as many of `words` as fit, and `tail`, joined by hyphens in at most
 * MAX_ID_LENGTH characters: words are dropped from the end; a first word too
 * long on its own is cut.
 */
function joinWithin(head: readonly string[], words: readonly string[], tail: readonly string[]): string {
  let room = MAX_ID_LENGTH - [...head, ...tail].join('-').length;
  const kept: string[] = [];
  for (const word of words) {
    if (word.length + 1 > room) {
      if (kept.length === 0 && room > 1) kept.push(word.slice(0, room - 1));
      break;
    }
    kept.push(word);
    room -= word.length + 1;
  }
  return [...head, ...kept, ...tail].join('-');
}

/**
 * An article's id from its metadata: `2025-06-14-sergey-lavrov-commented-on-the-call`.
 * A title with words that have no Latin spelling (Chinese, Japanese, Korean…)
 * gives the words it can, then the outlet's (or the web site's) and a short
 * hash of the title, so that the id is readable, stable, and differs between
 * two such titles of one day: `2025-06-14-xinhua-3f9a2c`.
 */
export function makeId(fields: { readonly published: string; readonly title: string; readonly outlet: string; readonly url?: string | undefined }): { id: string; basis: IdBasis } {
  const date = isoDateText(fields.published) ?? 'undated';
  const title = slugWords(fields.title, 8);
  if (!slugDropsWords(fields.title)) return { id: joinWithin([date], title, []), basis: 'title' };
  const outlet = /^unknown$/iu.test(fields.outlet.trim()) ? [] : slugWords(fields.outlet, 3);
  const site = fields.url && URL.canParse(fields.url) ? slugWords(new URL(fields.url).hostname.replace(/^www\./u, ''), 3) : [];
  const hash = createHash('sha256').update(fields.title.normalize('NFC')).digest('hex').slice(0, 6);
  return { id: joinWithin([date], [...title.slice(0, 5), ...(outlet.length > 0 ? outlet : site)], [hash]), basis: 'source-and-hash' };
}
