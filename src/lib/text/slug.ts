/**
 * The one slug function, for entity pages and article ids: lower-case ASCII
 * words joined by hyphens, transliterated from any script the slugify library
 * knows (Сергей Лавров → sergey-lavrov, Łódź → lodz, Ελλάδα → ellada).
 */
import slugify from '@sindresorhus/slugify';

/** "Yuri Ushakov" → "yuri-ushakov"; "" when nothing in `text` can be spelled in ASCII. */
export function slug(text: string): string {
  // NFKC first, so ligatures and compatibility letters (ﬁ, Ǆ) transliterate
  // like the letters they stand for; decamelising would split "iPhone".
  return slugify(text.normalize('NFKC'), { decamelize: false });
}

const words = new Intl.Segmenter('und', { granularity: 'word' });

/**
 * Whether `slug(text)` drops words of `text`: words in scripts with no
 * transliteration (Chinese, Japanese, Korean, Hebrew, Devanagari, Thai…).
 */
export function slugDropsWords(text: string): boolean {
  for (const { segment, isWordLike } of words.segment(text.normalize('NFKC'))) {
    if (isWordLike && /\p{L}/u.test(segment) && slug(segment) === '') return true;
  }
  return false;
}
