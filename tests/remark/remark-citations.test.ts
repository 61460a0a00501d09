/**
 * Fixture tests for the remark plugins of citing pages (citations, key
 * judgments, paragraph anchors), run through the production pipeline
 * (src/markdown/pipeline.ts, GFM and heading ids included): each folder under fixtures/ holds an
 * input.md, the HTML it must become (output.html) and the messages it must
 * raise (messages.txt, `line:column message`, empty when there are none).
 * A missing expected file is a failure naming it. After a deliberate change,
 * UPDATE_FIXTURES=1 writes the expected files; review the diff before committing.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { createCitingRenderer } from '../../src/markdown/pipeline.ts';
import { corpus, passageUrl, sourceNumber } from './corpus.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const update = process.env['UPDATE_FIXTURES'] === '1';

/** The production pipeline for citing pages (the one the content loader hands the model), on a fixture as a whole file. */
const render = createCitingRenderer({ corpus, passageUrl, sourceNumber });

async function run(input: string) {
  const rendered = await render({ file: 'input.md', body: input, bodyLine: 1 });
  const messages = rendered.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`).join('\n');
  return {
    html: `${rendered.html}\n`,
    messages: messages ? `${messages}\n` : '',
    citations: rendered.citations,
    judgments: rendered.judgments,
    blocks: rendered.blocks,
  };
}

/** The expected text of a fixture file; with UPDATE_FIXTURES=1, `actual` is written there first. */
function expected(file: string, actual: string): string {
  if (update) writeFileSync(file, actual);
  if (!existsSync(file)) throw new Error(`Missing expected file ${path.relative(process.cwd(), file)} (UPDATE_FIXTURES=1 writes it from the current output: review it before committing)`);
  return readFileSync(file, 'utf8');
}

const fixtureNames = readdirSync(fixtures).sort();

describe('remark-citations fixtures', () => {
  it('has fixtures to run', () => {
    expect(fixtureNames.length).toBeGreaterThan(0);
  });

  it.each(fixtureNames)('%s', async (name) => {
    const dir = path.join(fixtures, name);
    const result = await run(readFileSync(path.join(dir, 'input.md'), 'utf8'));
    expect(result.html).toBe(expected(path.join(dir, 'output.html'), result.html));
    expect(result.messages).toBe(expected(path.join(dir, 'messages.txt'), result.messages));
  });
});

describe('remark-citations data', () => {
  it('records each use with its source number, passage and citing sentence', async () => {
    const { citations } = await run(readFileSync(path.join(fixtures, 'same-source-twice', 'input.md'), 'utf8'));
    expect(citations.map(({ use, sourceNumber, articleId, passage, sentence, line, column }) => ({ use, sourceNumber, articleId, passage, sentence, line, column }))).toEqual([
      { use: 1, sourceNumber: 1, articleId: 'daily', passage: { paragraph: 1, start: 0, end: 29 }, sentence: 'The Kremlin gave the length.', line: 3, column: 29 },
      { use: 2, sourceNumber: 1, articleId: 'daily', passage: { paragraph: 2, start: 7, end: 33 }, sentence: 'It was the second call.', line: 5, column: 26 },
      { use: 3, sourceNumber: 2, articleId: 'wire-report', passage: { paragraph: 2, start: 44, end: 64 }, sentence: 'Talks resume next week.', line: 6, column: 26 },
    ]);
  });

  it('numbers the markers of a bracket in the order shown, one for the citations of one paragraph of one source', async () => {
    const { citations } = await run(readFileSync(path.join(fixtures, 'sorted-and-merged', 'input.md'), 'utf8'));
    expect(citations.map(({ use, sourceNumber, articleId, passage }) => [use, sourceNumber, articleId, passage.paragraph])).toEqual([
      [1, 1, 'daily', 2],
      [1, 1, 'daily', 2],
      [2, 2, 'wire-report', 1],
      [3, 2, 'wire-report', 2],
      [3, 2, 'wire-report', 2],
    ]);
  });

  it('never changes a document without citations', async () => {
    const { html, messages } = await run(readFileSync(path.join(fixtures, 'no-citations', 'input.md'), 'utf8'));
    expect(messages).toBe('');
    expect(html).not.toContain('citation');
    expect(html).toContain('press@example.org');
  });
});

describe('remark-judgments data', () => {
  it('records each judgment with its confidence, basis and citation uses', async () => {
    const { judgments } = await run(readFileSync(path.join(fixtures, 'key-judgments', 'input.md'), 'utf8'));
    expect(judgments).toEqual([
      { id: 'call-length', confidence: 'high', text: 'The call lasted about an hour.', basis: 'the report says so.', uses: [1], line: 3, column: 1 },
      { id: 'second-call', confidence: 'low', text: 'It was the second call.', basis: 'one report.', uses: [2], line: 4, column: 1 },
    ]);
  });

  it('lists the dated changes of a judgment under it, and none under the others', async () => {
    const rendered = await render({
      file: 'input.md',
      body: readFileSync(path.join(fixtures, 'key-judgments', 'input.md'), 'utf8'),
      bodyLine: 1,
      judgmentHistory: [
        { judgment: 'second-call', date: '2026-11-23', from: { confidence: 'moderate' }, reason: 'The second report retracted it' },
        { judgment: 'second-call', date: '2026-10-02', from: { text: 'It was the first call.' }, reason: 'Both reports say second.' },
      ],
    });
    const page = fromHtml(rendered.html, { fragment: true });
    const judgments = selectAll('li.judgment', page);
    expect(judgments.map((li) => li.properties['id'])).toEqual(['judgment-call-length', 'judgment-second-call']);
    expect(select('.judgment-history', judgments[0]!)).toBeUndefined();
    const history = selectAll('.judgment-history > li', judgments[1]!).map((li) => toText(li));
    expect(history).toEqual([
      'Reworded (it read: “It was the first call.”) on 2 October 2026: Both reports say second.',
      'Lowered from moderate to low on 23 November 2026: The second report retracted it.',
    ]);
  });
});

describe('remark-block-anchors data', () => {
  it('records every paragraph with its id and its text without citations', async () => {
    const { blocks } = await run(readFileSync(path.join(fixtures, 'same-source-twice', 'input.md'), 'utf8'));
    expect(blocks).toEqual([
      { id: 'para-1', text: 'The Kremlin gave the length.' },
      { id: 'para-2', text: 'It was the second call.' },
      { id: 'para-3', text: 'Talks resume next week.' },
    ]);
  });
});
