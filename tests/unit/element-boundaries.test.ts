import { describe, expect, it } from 'vitest';
import { separateAdjacentElements } from '../../src/lib/search/element-boundaries.ts';

describe('separateAdjacentElements', () => {
  it('separates table cells, captions and block-styled spans that meet word to word', () => {
    expect(separateAdjacentElements('<caption>by source</caption><thead><tr><th>Claim</th><th>[1]</th></tr></thead>')).toBe(
      '<caption>by source</caption> <thead><tr><th>Claim</th><th>[1]</th></tr></thead>',
    );
    expect(separateAdjacentElements('<th><span class="claim-statement">the call lasted</span><span class="badge">Compatible</span></th>')).toBe(
      '<th><span class="claim-statement">the call lasted</span> <span class="badge">Compatible</span></th>',
    );
    expect(separateAdjacentElements('<td>one</td><td><strong>Fifty</strong></td>')).toBe('<td>one</td> <td><strong>Fifty</strong></td>');
  });

  it('separates a cell that ends a sentence from the next', () => {
    expect(separateAdjacentElements('<span>at the time of the call.</span><span>Sitting</span>')).toBe('<span>at the time of the call.</span> <span>Sitting</span>');
  });

  it('leaves text alone: no space before punctuation, between a word and an element, or where whitespace already is', () => {
    for (const html of [
      '<mark>unprovoked act of war</mark></span><mark>” by Israel</mark>',
      '<mark>Putin</mark>’s call',
      'the <em>call</em> lasted',
      '<td>one</td>\n<td>two</td>',
      '<span title="a</b><i>b">x</span>',
    ]) {
      expect(separateAdjacentElements(html)).toBe(html);
    }
  });
});
