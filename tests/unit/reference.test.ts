/** docs/reference.md: generated from the content schemas, and never stale. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { renderReference } from '../../src/lib/reference/schema-reference.ts';
import { contentReference } from '../../src/lib/reference/content-reference.ts';

describe('renderReference', () => {
  it('lists each field with its type, requirement, default, allowed values and description, nested fields after their parent', () => {
    const Item = z.strictObject({
      name: z.string().min(1).describe('What it is called.'),
      kind: z.enum(['a', 'b']).describe('Its kind | sort.'),
      count: z.number().int().default(0).describe('How many.'),
      day: z.string().meta({ title: 'date `YYYY-MM-DD`' }).optional().describe('When.'),
      tags: z
        .array(z.strictObject({ label: z.string().regex(/^[a-z]+$/u).describe('A word.') }))
        .min(1)
        .describe('Its tags.'),
    });
    const expected = [
      '# Things',
      '',
      'About things.',
      '',
      '## `things.yaml`',
      '',
      'One thing.',
      '',
      'A YAML list. The fields of each item:',
      '',
      '| field | type | required | default | allowed values | description |',
      '| --- | --- | --- | --- | --- | --- |',
      '| `name` | text | required |  |  | What it is called. |',
      '| `kind` | text | required |  | `a`, `b` | Its kind \\| sort. |',
      '| `count` | whole number | optional | `0` |  | How many. |',
      '| `day` | date `YYYY-MM-DD` | optional |  |  | When. |',
      '| `tags` | list of mappings | required |  | at least 1 | Its tags. |',
      '| `tags[].label` | text | required |  | matches `^[a-z]+$` | A word. |',
      '',
    ].join('\n');
    expect(renderReference('Things', 'About things.', [{ file: 'things.yaml', format: 'yaml-list', schema: z.array(Item.describe('One thing.')) }])).toBe(expected);
  });

  it('documents a Markdown file by its frontmatter', () => {
    const Frontmatter = z.strictObject({ draft: z.boolean().default(false).describe('Not yet published.') });
    expect(renderReference('Pages', 'About pages.', [{ file: 'page.md', format: 'markdown', schema: Frontmatter }])).toContain(
      'Markdown with YAML frontmatter. The frontmatter’s fields:\n\n| field | type | required | default | allowed values | description |\n| --- | --- | --- | --- | --- | --- |\n| `draft` | `true` or `false` | optional | `false` |  | Not yet published. |\n',
    );
  });
});

describe('docs/reference.md', () => {
  it('is what the schemas generate now', () => {
    const written = readFileSync(new URL('../../docs/reference.md', import.meta.url), 'utf8');
    expect(written === contentReference(), 'docs/reference.md is stale: run `npm run reference` and commit the result').toBe(true);
  });

  it('describes every field', () => {
    const undescribed = contentReference()
      .split('\n')
      .filter((line) => line.startsWith('| `') && line.endsWith('|  |'));
    expect(undescribed).toEqual([]);
  });
});
