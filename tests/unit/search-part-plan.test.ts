/** Which pages each part of a search index in parts holds: full parts of the archive that an added source leaves alone. */
import { describe, expect, it } from 'vitest';
import { planSearchParts } from '../../src/lib/search/part-plan.ts';

/** `count` source pages, numbered 1… in the order their ids are given, and the dossier's own pages. */
const site = (count: number) => {
  const sources = Array.from({ length: count }, (_, i) => `sources/s${String(count - i).padStart(3, '0')}/index.html`);
  const archiveOrder = new Map(sources.map((page) => [page, Number(page.slice('sources/s'.length, -'/index.html'.length))]));
  const own = ['entities/index.html', 'index.html', 'topics/a/index.html', 'topics/b/index.html'];
  return { pages: [...own, ...sources].sort(), archiveOrder, sources, own };
};

describe('planSearchParts', () => {
  it('puts a site of no more pages than a part holds in one part', () => {
    const { pages, archiveOrder } = site(4);
    expect(planSearchParts(pages, 8, archiveOrder)).toEqual([pages]);
  });

  it('lays the archive out in full parts by number, and gives the rest and the dossier’s own pages the last parts, none over the limit', () => {
    const { pages, archiveOrder, own } = site(11);
    const plan = planSearchParts(pages, 3, archiveOrder);
    const numbered = (...numbers: number[]) => numbers.map((n) => `sources/s${String(n).padStart(3, '0')}/index.html`);
    expect(plan.slice(0, 3)).toEqual([numbered(1, 2, 3), numbered(4, 5, 6), numbered(7, 8, 9)]);
    expect(plan.slice(3).flat().sort()).toEqual([...own, ...numbered(10, 11)].sort());
    expect(plan.every((part) => part.length > 0 && part.length <= 3)).toBe(true);
    expect(plan.flat().sort()).toEqual(pages);
  });

  it('leaves every full part as it was when a source is added with the next number', () => {
    const before = site(10);
    const after = site(11);
    const fullBefore = planSearchParts(before.pages, 3, before.archiveOrder).filter((part) => part.every((page) => before.archiveOrder.has(page)) && part.length === 3);
    const planAfter = planSearchParts(after.pages, 3, after.archiveOrder);
    expect(fullBefore).toHaveLength(3);
    expect(planAfter.slice(0, 3)).toEqual(fullBefore);
  });

  it('gives a site with no archive (or no pages) the parts dealt in turn, and one part at least', () => {
    const pages = ['a.html', 'b.html', 'c.html', 'd.html', 'e.html'];
    expect(planSearchParts(pages, 2, new Map())).toEqual([['a.html', 'd.html'], ['b.html', 'e.html'], ['c.html']]);
    expect(planSearchParts([], 2, new Map())).toEqual([[]]);
  });
});
