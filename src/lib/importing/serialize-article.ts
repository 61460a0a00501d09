/** An article's file as `npm run add` writes it: frontmatter in a fixed field order, then the text. */
import { stringify } from 'yaml';
import type { ArticleData } from '../../schemas/article.ts';

/** Every field of an article, in the order files list them. */
const FIELD_ORDER = [
  'title',
  'title_supplied',
  'outlet',
  'published',
  'published_note',
  'url',
  'archived',
  'retrieved',
  'added',
  'language',
  'imported_from',
  'derived_from',
  'notes',
  'attributions',
  'observations',
  'independent',
] as const satisfies readonly (keyof ArticleData)[];
// A field missing from the order would be dropped from every file written: this fails to compile then.
const everyFieldOrdered: Exclude<keyof ArticleData, (typeof FIELD_ORDER)[number]> extends never ? true : never = true;
void everyFieldOrdered;

/** Fields left out while they hold their default, so that a new file says only what was given. */
const isDefault = (data: ArticleData, key: keyof ArticleData) => {
  const value = data[key];
  return value === undefined || (Array.isArray(value) && value.length === 0) || (key === 'title_supplied' && !data.title_supplied);
};

/** The article file: frontmatter in a fixed field order, then the body. */
export function serializeArticle(data: ArticleData, body: string): string {
  const ordered = Object.fromEntries(
    FIELD_ORDER.filter((key) => !isDefault(data, key)).map((key) => [key, data[key]]),
  );
  const yaml = stringify(ordered, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  return `---\n${yaml}---\n\n${body}`;
}
