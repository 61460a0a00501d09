/**
 * Ids npm run add makes are file names: at most 80 characters, cut between
 * words, whatever the title (src/lib/importing/article-id.ts).
 */
import { describe, expect, it } from 'vitest';
import { makeId, MAX_ID_LENGTH } from '../../src/lib/importing/article-id.ts';

describe('makeId: at most 80 characters', () => {
  it('drops the words that do not fit', () => {
    const title = 'Internationalisation counterproductively mischaracterised notwithstanding incomprehensibilities';
    expect(makeId({ published: '2026-03-06', title, outlet: 'O' }).id).toBe('2026-03-06-internationalisation-counterproductively-mischaracterised');
  });

  it('cuts a first word too long on its own', () => {
    const { id } = makeId({ published: '2026-03-06', title: `${'x'.repeat(1024 * 1024)} harbour`, outlet: 'O' });
    expect(id).toBe(`2026-03-06-${'x'.repeat(MAX_ID_LENGTH - 11)}`);
  });

  it('keeps the hash of a title with no Latin spelling', () => {
    const { id, basis } = makeId({ published: '2026-03-06', title: `${'Harbour '.repeat(5)}渡轮`, outlet: 'Westholm Harbour Authority of the Coast', url: undefined });
    expect(basis).toBe('source-and-hash');
    expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(id).toMatch(/^2026-03-06-harbour-harbour-harbour-harbour-harbour-westholm-harbour-[0-9a-f]{6}$/u);
  });

  it('leaves a short title whole', () => {
    expect(makeId({ published: '2026-03-06', title: 'Quay reopens', outlet: 'O' }).id).toBe('2026-03-06-quay-reopens');
  });
});
