/** The claims ledger as tables: columns of sources, rows of claims, a cell per source's position. */
import { describe, expect, it } from 'vitest';
import { cellQuote, claimsByTopic, ledgerContents, ledgerTable, statusCounts, supportText } from '../../src/lib/view/claims-table.ts';
import type { LedgerCite, LedgerClaim, LedgerPosition } from '../../src/lib/dossier/ledger.ts';
import { claimStatus, type CompatibleReason } from '../../src/lib/analysis/status.ts';
import type { Origin } from '../../src/lib/analysis/origins.ts';
import { uiFor } from '../../src/lib/i18n/ui.ts';

const ORIGINS: Origin[] = [
  { key: 'origin:trump', name: 'Trump’s post', kind: 'social-media-post' },
  { key: 'unattributed:blog', name: 'Blog (unattributed)', kind: 'unattributed', article: 'blog' },
  { key: 'article:wire', name: 'Wire (own observation)', kind: 'own-reporting', article: 'wire' },
];
const origin = (key: string) => ORIGINS.find((o) => o.key === key);

/** A position whose sources each cite one passage resting on the given origin. */
const position = (name: string, voices: [source: string, origin: string][], error?: string): LedgerPosition => {
  const cites: LedgerCite[] = voices.map(([articleId, key]) => {
    const words = `${articleId} says ${name}`;
    return { articleId, locator: { kind: 'quote', quote: words }, passage: { paragraph: 1, start: 0, end: words.length }, words, origins: [key] };
  });
  return { position: name, cites, supporters: [...new Set(voices.map(([id]) => id))], origins: [...new Set(voices.map(([, key]) => key))], ...(error ? { error } : {}) };
};
const claim = (id: string, topic: string, positions: LedgerPosition[], compatible?: { reason: CompatibleReason; note: string }): LedgerClaim => {
  const status = claimStatus(positions, compatible);
  return { id, statement: `Statement ${id}`, topic, positions, ...(status ? { status } : {}), ...(compatible ? { compatible } : {}) };
};

const length = claim('length', 'the-call', [position('About an hour', [['wire', 'origin:trump'], ['kremlin', 'origin:trump']]), position('Fifty minutes', [['blog', 'unattributed:blog']])]);
const caller = claim('caller', 'the-call', [position('Putin called', [['kremlin', 'origin:trump'], ['wire', 'article:wire']])]);
const office = claim('office', 'the-call', [position('Sitting president', [['wire', 'article:wire']]), position('Former president', [['blog', 'unattributed:blog']], 'He was in office.')]);
const count = claim('count', 'the-call', [position('Fifth', [['wire', 'article:wire']]), position('Second this month', [['blog', 'unattributed:blog']])], { reason: 'different-scope', note: 'Different periods.' });
const rumour = claim('rumour', 'the-call', [position('Talks next week', [['blog', 'unattributed:blog']])]);

/** The sources' numbers, in an order other than their ids'. */
const NUMBERS = new Map([['wire', 1], ['kremlin', 2], ['blog', 3]]);
const sourceNumber = (id: string) => NUMBERS.get(id)!;

describe('ledgerTable', () => {
  const { sourceIds, rows } = ledgerTable([length, caller, office], origin, sourceNumber, uiFor('en'));

  it('has a column for each source that takes a position, in the order of their numbers', () => {
    expect(sourceIds).toEqual(['wire', 'kremlin', 'blog']);
  });

  it('fills each source’s cell with its position and its own quotes, and leaves a silent source’s empty', () => {
    expect(rows.map((row) => row.cells.map((cell) => cell?.positions.map((p) => [p.position, p.cites.map((c) => c.words)])))).toEqual([
      [[['About an hour', ['wire says About an hour']]], [['About an hour', ['kremlin says About an hour']]], [['Fifty minutes', ['blog says Fifty minutes']]]],
      [[['Putin called', ['wire says Putin called']]], [['Putin called', ['kremlin says Putin called']]], undefined],
      [[['Sitting president', ['wire says Sitting president']]], undefined, [['Former president', ['blog says Former president']]]],
    ]);
  });

  it('sums up each position by reports and the named origins they rest on, so that two reports relaying one origin read as one and an unattributed report as none', () => {
    expect(rows.map((row) => row.positions.map((p) => `${p.position}: ${supportText(p)}`))).toEqual([
      ['About an hour: 2 reports: 1 named origin, Trump’s post', 'Fifty minutes: 1 report: no named origin; 1 unattributed'],
      ['Putin called: 2 reports: 2 named origins, Trump’s post; Wire (own observation)'],
      ['Sitting president: 1 report: 1 named origin, Wire (own observation)'],
    ]);
  });

  it('gives each row its statuses, and lists source errors apart from the positions that stand', () => {
    expect(rows.map((row) => row.statuses)).toEqual([['conflicting'], ['corroborated'], ['single-origin', 'source-error']]);
    expect(rows.map((row) => row.errors.map((p) => [p.position, p.error]))).toEqual([[], [], [['Former president', 'He was in office.']]]);
  });
});

describe('statusCounts', () => {
  it('counts the claims of each status in the vocabulary’s order, source errors apart', () => {
    expect(statusCounts([length, caller, office, count, rumour])).toEqual([
      { status: 'corroborated', count: 1 },
      { status: 'single-origin', count: 1 },
      { status: 'unattributed', count: 1 },
      { status: 'conflicting', count: 1 },
      { status: 'compatible', count: 1 },
      { status: 'source-error', count: 1 },
    ]);
  });
});

describe('claimsByTopic', () => {
  it('keeps the topics’ order and leaves out topics without claims', () => {
    const topics = [{ id: 'strikes' }, { id: 'the-call' }, { id: 'swaps' }];
    const swap = claim('swap', 'swaps', [position('Yes', [['wire', 'article:wire']])]);
    expect(claimsByTopic(topics, [length, swap, caller]).map(({ topic, claims }) => [topic.id, claims.map((c) => c.id)])).toEqual([
      ['the-call', ['length', 'caller']],
      ['swaps', ['swap']],
    ]);
  });
});

describe('ledgerContents', () => {
  it('counts each topic’s claims by every status a claim of the dossier has, conflicting first, a status its claims lack as 0', () => {
    const topics = [{ id: 'strikes' }, { id: 'the-call' }, { id: 'swaps' }];
    const swap = claim('swap', 'swaps', [position('Yes', [['wire', 'article:wire']])]);
    const { statuses, items } = ledgerContents(topics, [length, swap, caller, office]);
    expect(statuses).toEqual(['conflicting', 'corroborated', 'single-origin', 'source-error']);
    expect(items.map(({ topic, claims, counts }) => [topic.id, claims, statuses.map((status) => counts.get(status))])).toEqual([
      ['the-call', 3, [1, 1, 1, 1]],
      ['swaps', 1, [0, 0, 1, 0]],
    ]);
  });
});

describe('cellQuote', () => {
  it.each([
    ['a quote of 220 characters whole', 'x'.repeat(220), 'x'.repeat(220)],
    ['a longer one cut to 220 with an ellipsis', 'x'.repeat(221), `${'x'.repeat(219)}…`],
  ])('shows %s', (_case, words, shown) => {
    expect(cellQuote(words)).toBe(shown);
  });
});
