import { describe, expect, it } from 'vitest';
import { resolveDossierOptions } from '../../src/lib/config/options.ts';

describe('the dossier options', () => {
  it('index search in parts of at most 5,000 pages unless told otherwise', () => {
    expect(resolveDossierOptions({}, {}).pagesPerSearchIndex).toBe(5_000);
    expect(resolveDossierOptions({ pagesPerSearchIndex: 500 }, {}).pagesPerSearchIndex).toBe(500);
  });

  it.each([0, -3, 2.5, Number.NaN])('refuse %s pages per part of the search index, naming the option', (pages) => {
    expect(() => resolveDossierOptions({ pagesPerSearchIndex: pages }, {})).toThrow(/pagesPerSearchIndex.*whole number/u);
  });
});
