/**
 * The article fields `npm run add` takes on its command line. Apart from the
 * importer, so that the command parses its arguments and reads its input
 * before it loads the importer (see add-command.ts).
 */

/** Fields that may be given on the command line, overriding what was extracted. */
export const FIELD_FLAGS = ['title', 'outlet', 'published', 'url', 'id'] as const;
export type FieldFlag = (typeof FIELD_FLAGS)[number];

/** Fields an article cannot be written without. */
export const REQUIRED_FIELDS = ['title', 'outlet', 'published'] as const;
