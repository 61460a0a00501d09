import { describe, expect, it } from 'vitest';
import { bodyOf, splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { parseContentFile } from '../../src/lib/content/files.ts';
import { formatDiagnostic } from '../../src/lib/content/diagnostics.ts';
import { ArticleSchema } from '../../src/schemas/article.ts';

describe('splitFrontmatter: YAML, body, and where the body starts', () => {
  it.each([
    ['a blank line after the fence', '---\ntitle: T\n---\n\nText.\n', 'title: T', '\nText.\n', 4],
    ['text right after the fence', '---\ntitle: T\n---\nText.\n', 'title: T', 'Text.\n', 4],
    ['Windows line breaks', '---\r\ntitle: T\r\nouter: O\r\n---\r\n\r\nText.\r\n', 'title: T\r\nouter: O', '\r\nText.\r\n', 5],
    ['blanks after the fences', '--- \ntitle: T\n---\t\nText.', 'title: T', 'Text.', 4],
    ['empty frontmatter', '---\n---\nText.', '', 'Text.', 3],
    ['empty frontmatter after a blank line', '---\n\n---\nText.', '', 'Text.', 4],
    ['no body', '---\ntitle: T\n---', 'title: T', '', 3],
    ['a longer dash line inside the YAML is not a fence', '---\na: |\n  ----\n---\nText.', 'a: |\n  ----', 'Text.', 5],
    ['a second fence further down belongs to the body', '---\na: 1\n---\nText.\n---\nMore.', 'a: 1', 'Text.\n---\nMore.', 4],
  ])('%s', (_name, text, yaml, body, bodyLine) => {
    const split = splitFrontmatter(text);
    expect(split).toMatchObject({ kind: 'closed', yaml, body, bodyLine });
    if (split.kind !== 'closed') return;
    expect(text.slice(split.yamlOffset, split.yamlOffset + yaml.length)).toBe(yaml);
    expect(text.slice(split.bodyOffset)).toBe(body);
  });

  it.each([
    ['plain text', 'Just text.\n---\n'],
    ['a dash line that does not start the text', '\n---\na: 1\n---\n'],
    ['four dashes', '----\na: 1\n----\n'],
  ])('no frontmatter: %s', (_name, text) => {
    expect(splitFrontmatter(text)).toEqual({ kind: 'none' });
    expect(bodyOf(text)).toBe(text);
  });

  it.each([
    ['no closing line', '---\ntitle: T\n'],
    ['a closing line with words after the dashes', '---\ntitle: T\n--- end\nText.'],
  ])('unclosed: %s', (_name, text) => {
    expect(splitFrontmatter(text)).toEqual({ kind: 'unclosed' });
  });
});

describe('content files: positions are the file\'s own lines and columns', () => {
  const FILE = 'content/articles/a.md';
  const problems = (source: string) => {
    const result = parseContentFile(FILE, source, ArticleSchema);
    return result.ok ? [] : result.diagnostics.map(formatDiagnostic);
  };

  it.each([
    ['an unknown field', '---\ntitle: T\noutlet: O\npublished: "2025"\n  \nautor: X\n---\nText.\n', `${FILE}:6:1 Unknown field "autor": check the spelling, or remove it.`],
    ['with Windows line breaks', '---\r\ntitle: T\r\noutlet: O\r\npublished: "2025"\r\nautor: X\r\n---\r\nText.\r\n', `${FILE}:5:1 Unknown field "autor": check the spelling, or remove it.`],
    ['a nested field', '---\ntitle: T\noutlet: O\npublished: "2025"\nnotes:\n  - quote: "Text"\n    kind: nonsense\n    note: "n"\n---\nText.\n', `${FILE}:7:5 "notes[0].kind" must be one of "error", "caution", "context", not the text "nonsense".`],
    ['a YAML syntax error', '---\ntitle: T\noutlet: "O\n---\nText.\n', `${FILE}:3:11 YAML syntax error in the frontmatter: Missing closing "quote`],
  ])('%s', (_name, source, message) => {
    expect(problems(source)[0]).toBe(message);
  });

  it('the body line of a file with Windows line breaks', () => {
    const result = parseContentFile(FILE, '---\r\ntitle: T\r\noutlet: O\r\npublished: "2025"\r\n---\r\n\r\nText.\r\n', ArticleSchema);
    expect(result.ok && { body: result.value.body, bodyLine: result.value.bodyLine }).toEqual({ body: '\r\nText.\r\n', bodyLine: 6 });
  });
});

describe('splitFrontmatter: each call reads the text afresh', () => {
  it('gives the same text twice two documents, so that changing one leaves the other', () => {
    const text = '---\ntitle: T\n---\nText.\n';
    const first = splitFrontmatter(text);
    if (first.kind !== 'closed') throw new Error('expected frontmatter');
    first.document.set('title', 'Changed');
    const second = splitFrontmatter(text);
    expect(second.kind === 'closed' && second.document.toJS()).toEqual({ title: 'T' });
  });

  it('reads a fence that names another language (gray-matter would evaluate JavaScript) as no frontmatter', () => {
    const text = '---js\n{ title: (globalThis.evaluated = true, "T") }\n---\nText.\n';
    expect(splitFrontmatter(text)).toEqual({ kind: 'none' });
    expect((globalThis as { evaluated?: boolean }).evaluated).toBeUndefined();
  });

  it('places the YAML\'s nodes at offsets of the YAML, after the opening line', () => {
    const text = '--- \r\n\r\ntitle: T\r\n---\r\n';
    const split = splitFrontmatter(text);
    if (split.kind !== 'closed') throw new Error('expected frontmatter');
    const offset = (split.document.contents as { items: Array<{ value: { range: number[] } }> }).items[0]!.value.range[0]!;
    expect(text.slice(split.yamlOffset + offset, split.yamlOffset + offset + 1)).toBe('T');
  });
});
