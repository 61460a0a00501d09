import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../src/lib/citations/syntax.ts';

describe('parseCitations: valid citations', () => {
  it.each([
    ['quote locator', 'Claim [@a-1, "exact words"].', [{ id: 'a-1', locator: { kind: 'quote', quote: 'exact words' } }]],
    ['paragraph locator', 'Claim [@a, ¶4].', [{ id: 'a', locator: { kind: 'paragraph', number: 4 } }]],
    ['paragraph locator with a space', 'Claim [@a, ¶ 12].', [{ id: 'a', locator: { kind: 'paragraph', number: 12 } }]],
    ['curly quotes, as an editor types them', 'Claim [@a, \u201Cexact words\u201D].', [{ id: 'a', locator: { kind: 'quote', quote: 'exact words' } }]],
    ['several items', '[@a, "one"; @b, ¶2]', [
      { id: 'a', locator: { kind: 'quote', quote: 'one' } },
      { id: 'b', locator: { kind: 'paragraph', number: 2 } },
    ]],
    ['spaces around items', '[ @a , "one" ;  @b,"two" ]', [
      { id: 'a', locator: { kind: 'quote', quote: 'one' } },
      { id: 'b', locator: { kind: 'quote', quote: 'two' } },
    ]],
    ['brackets and semicolons inside a quote', '[@a, "x; [y] z"]', [{ id: 'a', locator: { kind: 'quote', quote: 'x; [y] z' } }]],
    ['quoted speech inside a quote', '[@a, "he wrote, \u201Cwe agree\u201D on Iran"]', [{ id: 'a', locator: { kind: 'quote', quote: 'he wrote, \u201Cwe agree\u201D on Iran' } }]],
    ['a quote ending in quoted speech', '[@a, "said the war \u201Cmust stop\u201D"]', [{ id: 'a', locator: { kind: 'quote', quote: 'said the war \u201Cmust stop\u201D' } }]],
  ])('%s', (_name, text, expected) => {
    const { groups, errors } = parseCitations(text);
    expect(errors).toEqual([]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.items.map(({ id, locator }) => ({ id, locator }))).toEqual(expected);
  });

  it('reports the offsets of each group', () => {
    const text = 'A [@a, "x"] and B [@b, ¶1].';
    const { groups } = parseCitations(text);
    expect(groups.map((g) => text.slice(g.start, g.end))).toEqual(['[@a, "x"]', '[@b, ¶1]']);
  });
});

describe('parseCitations: text that is not a citation', () => {
  it.each([
    ['an e-mail address', 'Write to press@example.org today.'],
    ['a handle', 'Posted by @realDonaldTrump.'],
    ['a bracket without @', 'See [the report] and [1].'],
    ['a Markdown link', 'A [link](https://example.org).'],
  ])('%s', (_name, text) => {
    expect(parseCitations(text)).toEqual({ groups: [], errors: [] });
  });
});

describe('parseCitations: malformed citations', () => {
  it.each([
    ['no locator', 'Claim [@a].', 'The citation of "a" needs a locator: write [@a, "exact words"] or [@a, ¶4].'],
    ['no id', 'Claim [@, "x"].', 'Expected an article id after "@".'],
    ['unclosed quote', 'Claim [@a, "words].', 'The quote cited from "a" is not closed: end it with a double quote before "]" or ";".'],
    ['bad locator', 'Claim [@a, p. 4].', 'The citation of "a" needs a locator after the comma: a quote in double quotes ("exact words") or a paragraph number (¶4).'],
    ['missing closing bracket', 'Claim [@a, ¶2 more', 'Expected ";" or "]" after the citation of "a".'],
    ['second item without @', '[@a, "x"; b, "y"]', 'Expected "@" and an article id after ";" in a citation.'],
  ])('%s', (_name, text, message) => {
    const { groups, errors } = parseCitations(text);
    expect(groups).toEqual([]);
    expect(errors.map((e) => e.message)).toEqual([message]);
  });
});
