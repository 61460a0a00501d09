/** The claims ledger as tables: columns of sources, rows of claims, a cell per source's position. */
import { describe, expect, it } from 'vitest';
import { cellQuote, claimsByTopic, ledgerTable } from '../../src/lib/view/claims-table.ts';
import type { LedgerClaim, LedgerPosition } from '../../src/lib/dossier/ledger.ts';
import type { ResolvedCite } from '../../src/lib/dossier/cites.ts';

const quote = (articleId: string, words: string): ResolvedCite => ({ articleId, locator: { kind: 'quote', quote: words }, passage: { paragraph: 1, start: 0, end: words.length }, words });
const position = (name: string, supporters: string[], corroboration: number): LedgerPosition => ({
  position: name,
  supporters,
  corroboration,
  cites: supporters.map((id) => quote(id, `${id} says ${name}`)),
});
const claim = (id: string, topic: string, positions: LedgerPosition[]): LedgerClaim => ({ id, statement: `Statement ${id}`, topic, positions, disputed: positions.length > 1 });

const length = claim('length', 'the-call', [position('About an hour', ['wire', 'kremlin'], 1), position('Fifty minutes', ['blog'], 1)]);
const caller = claim('caller', 'the-call', [position('Putin called', ['kremlin'], 1)]);

describe('ledgerTable', () => {
  const { sourceIds, rows } = ledgerTable([length, caller]);

  it('has a column for each source that takes a position, by id', () => {
    expect(sourceIds).toEqual(['blog', 'kremlin', 'wire']);
  });

  it('fills each source’s cell with its position and its own quotes, and leaves a silent source’s empty', () => {
    expect(rows.map((row) => row.cells.map((cell) => cell && [cell.position, cell.cites.map((c) => c.words)]))).toEqual([
      [['Fifty minutes', ['blog says Fifty minutes']], ['About an hour', ['kremlin says About an hour']], ['About an hour', ['wire says About an hour']]],
      [undefined, ['Putin called', ['kremlin says Putin called']], undefined],
    ]);
  });

  it('sums up each position: how many sources take it, how many independent origins they have', () => {
    expect(rows.map((row) => row.positions)).toEqual([
      ['About an hour: 2 sources, 1 independent origin', 'Fifty minutes: 1 source, 1 independent origin'],
      ['Putin called: 1 source, 1 independent origin'],
    ]);
  });
});

describe('claimsByTopic', () => {
  it('keeps the topics’ order and leaves out topics without claims', () => {
    const topics = [{ id: 'strikes' }, { id: 'the-call' }, { id: 'swaps' }];
    const swap = claim('swap', 'swaps', [position('Yes', ['wire'], 1)]);
    expect(claimsByTopic(topics, [length, swap, caller]).map(({ topic, claims }) => [topic.id, claims.map((c) => c.id)])).toEqual([
      ['the-call', ['length', 'caller']],
      ['swaps', ['swap']],
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
