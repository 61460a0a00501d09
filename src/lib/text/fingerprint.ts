/** Recognising the same article text twice, whatever its typography or line breaks. */
import type { ArticleBlock } from './paragraphs.ts';
import { normalizeTypography } from './normalize.ts';

/** The paragraphs' words, typography normalised; equal for the same text. */
export function fingerprintBlocks(blocks: readonly ArticleBlock[]): string {
  return fingerprintOf(blocks.filter((b) => b.kind === 'paragraph').map((b) => normalizeTypography(b.text)));
}

/** The same fingerprint from paragraphs already normalised (see SearchableText), without normalising them again. */
export function fingerprintOf(normalizedParagraphs: readonly string[]): string {
  return normalizedParagraphs.join('\n');
}
