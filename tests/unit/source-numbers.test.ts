/** Each source's number, its label on every page: in the order sources joined the dossier, stable as more are added. */
import { describe, expect, it } from 'vitest';
import { sourceNumbers } from '../../src/lib/dossier/recency.ts';

const article = (id: string, added?: string) => ({ id, data: added ? { added } : {} });

const ADDED = [article('wire', '2026-01-02'), article('daily', '2026-01-01'), article('blog', '2026-01-02')];
const SEED = [...ADDED, article('by-hand')];

describe('sourceNumbers', () => {
  it.each([
    ['by the day added, ties by id, then those with no day added', SEED, { daily: 1, blog: 2, wire: 3, 'by-hand': 4 }],
    ['by id when none has a day added', [article('b'), article('c'), article('a')], { a: 1, b: 2, c: 3 }],
  ])('numbers %s', (_, articles, expected) => {
    expect(Object.fromEntries(sourceNumbers(articles))).toEqual(expected);
  });

  it.each([
    ['added later (as npm run add dates it)', ADDED, article('aardvark', '2026-01-03')],
    ['filed by hand with an id after the others without a day added', SEED, article('zebra')],
  ])('gives an article %s the next number, and changes no other', (_, existing, added) => {
    const before = sourceNumbers(existing);
    const after = sourceNumbers([added, ...existing]);
    expect(after.get(added.id)).toBe(existing.length + 1);
    expect([...before].filter(([id, number]) => after.get(id) !== number)).toEqual([]);
  });

  it('numbers the same articles the same in any order of files', () => {
    expect(sourceNumbers([...SEED].reverse())).toEqual(sourceNumbers(SEED));
  });
});
