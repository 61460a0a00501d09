/**
 * Recognising the same article text twice, whatever its typography or line
 * breaks: the one check for `npm run add` and for the build.
 */
import type { ArticleBlock } from './paragraphs.ts';
import { normalizeTypography } from './normalize.ts';

/** The paragraphs' words, typography normalised; equal for the same text. */
export function fingerprintBlocks(blocks: readonly ArticleBlock[]): string {
  return blocks
    .filter((b) => b.kind === 'paragraph')
    .map((b) => normalizeTypography(b.text))
    .join('\n');
}

/**
 * Each item whose text an earlier item already has, with that earlier item:
 * the same text filed twice would split its citations and skew every count.
 * Items without text are no one's duplicate.
 */
export function duplicateTexts<T>(items: readonly T[], fingerprint: (item: T) => string): { item: T; first: T }[] {
  const firstWithText = new Map<string, T>();
  const duplicates: { item: T; first: T }[] = [];
  for (const item of items) {
    const key = fingerprint(item);
    if (key === '') continue;
    const first = firstWithText.get(key);
    if (first === undefined) firstWithText.set(key, item);
    else duplicates.push({ item, first });
  }
  return duplicates;
}

/** The message for a text already filed as `file`. */
export const sameTextMessage = (file: string) => `The same text is already in the dossier as ${file}.`;
