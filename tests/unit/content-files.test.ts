import { describe, expect, it } from 'vitest';
import { parseContentFile, decodeText } from '../../src/lib/content/files.ts';
import { ArticleSchema } from '../../src/schemas/article.ts';
import { TopicSchema } from '../../src/schemas/topic.ts';
import { formatDiagnostic } from '../../src/lib/content/diagnostics.ts';

const FILE = 'content/articles/2025-06-14-example.md';
const article = (frontmatter: string, body = 'Body text.') => `---\n${frontmatter}\n---\n\n${body}\n`;
const VALID = 'title: "A title"\noutlet: Unknown\npublished: "2025-06"';

/** The formatted diagnostics for a file, or [] when it parses. */
function problems(source: string, file = FILE, schema: typeof ArticleSchema | typeof TopicSchema = ArticleSchema): string[] {
  const result = parseContentFile(file, source, schema);
  return result.ok ? [] : result.diagnostics.map(formatDiagnostic);
}

describe('article frontmatter: accepted', () => {
  it('fills defaults and keeps the body and its first line', () => {
    const result = parseContentFile(FILE, article(VALID), ArticleSchema);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.id).toBe('2025-06-14-example');
    expect(result.value.data).toEqual({ title: 'A title', title_supplied: false, outlet: 'Unknown', published: '2025-06', language: 'en', derived_from: [], notes: [], attributions: [], observations: [], independent: [] });
    expect(result.value.body).toBe('\nBody text.\n');
    expect(result.value.bodyLine).toBe(6);
  });

  it.each(['2025-06-14', '2025-06', '2025', 'unknown'])('published: %s', (published) => {
    expect(problems(article(`title: T\noutlet: O\npublished: ${published}`))).toEqual([]);
  });
});

describe('article frontmatter: refused, with the exact message at the field', () => {
  it.each([
    ['a missing title', 'outlet: Unknown\npublished: "2025-06"', `${FILE}:2:1 "title" is required but missing.`],
    ['an empty title', 'title: ""\noutlet: O\npublished: "2025"', `${FILE}:2:1 "title" must not be empty, not the text "".`],
    ['a date that is not a date', 'title: T\noutlet: O\npublished: "14 June 2025"', `${FILE}:4:1 "published" must be a date written YYYY-MM-DD, YYYY-MM or YYYY, or "unknown", not the text "14 June 2025".`],
    ['an impossible date', 'title: T\noutlet: O\npublished: "2025-02-30"', `${FILE}:4:1 "published" must be a real date (February 2025 has 28 days), not the text "2025-02-30".`],
    ['a url that is not http(s)', `${VALID}\nurl: "javascript:alert(1)"`, `${FILE}:5:1 "url" must be an http:// or https:// URL, not the text "javascript:alert(1)".`],
    ['an archive copy that is not http(s)', `${VALID}\narchived: "ftp://archive.example/a"`, `${FILE}:5:1 "archived" must be an http:// or https:// URL, not the text "ftp://archive.example/a".`],
    ['a supplied-title flag that is not true or false', `${VALID}\ntitle_supplied: "yes"`, `${FILE}:5:1 "title_supplied" must be true or false, not the text "yes".`],
    ['an unknown field', `${VALID}\nautor: Someone`, `${FILE}:5:1 Unknown field "autor": check the spelling, or remove it.`],
    ['a note of an unknown kind', `${VALID}\nnotes:\n  - quote: "Body"\n    kind: warning\n    note: "x"`, `${FILE}:7:5 "notes[0].kind" must be one of "error", "caution", "context", not the text "warning".`],
    ['a title that is a number', 'title: 42\noutlet: O\npublished: "2025"', `${FILE}:2:1 "title" must be text, not the number 42.`],
  ])('%s', (_name, frontmatter, message) => {
    expect(problems(article(frontmatter))).toEqual([message]);
  });

  it('a YAML syntax error, at its line', () => {
    expect(problems(article('title: "A title\noutlet: [Unknown\npublished: "2025"'))[0]).toMatch(
      new RegExp(`^${FILE}:\\d+:\\d+ YAML syntax error in the frontmatter: `),
    );
  });

  it('a duplicate key', () => {
    expect(problems(article(`${VALID}\ntitle: "Again"`))[0]).toMatch(new RegExp(`^${FILE}:5:1 YAML syntax error in the frontmatter: Map keys must be unique`));
  });

  it.each([
    ['an empty file', '', `${FILE}:1:1 The file is empty.`],
    ['no frontmatter', 'Just text.\n', `${FILE}:1:1 The file must start with YAML frontmatter between two "---" lines.`],
    ['unclosed frontmatter', '---\ntitle: T\n', `${FILE}:1:1 The frontmatter is not closed: end it with a line "---".`],
  ])('%s', (_name, source, message) => {
    expect(problems(source)).toEqual([message]);
  });

  it('a file name that is not a valid id', () => {
    expect(problems(article(VALID), 'content/articles/Bad Name.md')).toEqual([
      'content/articles/Bad Name.md:1:1 The file name "Bad Name.md" is not a valid id: use lower-case letters, digits and hyphens, e.g. "2025-06-14-call-report.md".',
    ]);
  });
});

describe('topic frontmatter', () => {
  const TOPIC = 'content/topics/the-call.md';
  it('an order that is not a whole number', () => {
    expect(problems(article('title: T\nsummary: S\norder: 1.5\nupdated: "2025-06-15"'), TOPIC, TopicSchema)).toEqual([
      `${TOPIC}:4:1 "order" must be a whole number, not the number 1.5.`,
    ]);
  });
  it('an updated date with only a month', () => {
    expect(problems(article('title: T\nsummary: S\norder: 1\nupdated: "2025-06"'), TOPIC, TopicSchema)).toEqual([
      `${TOPIC}:5:1 "updated" must be a date written YYYY-MM-DD, not the text "2025-06".`,
    ]);
  });
});

describe('decodeText', () => {
  it('accepts UTF-8 and drops a byte-order mark', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFFhé'))).toEqual({ ok: true, text: 'hé' });
  });
  it('refuses binary data', () => {
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toEqual({ ok: false, message: 'The file is binary, not text.' });
  });
  it('refuses text that is not UTF-8', () => {
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toEqual({ ok: false, message: 'The file is not UTF-8 text: save it as UTF-8.' });
  });
  it('refuses a file over 5 MB', () => {
    expect(decodeText(new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61))).toEqual({ ok: false, message: 'The file is 5.0 MB; content files may be at most 5 MB.' });
  });
});
