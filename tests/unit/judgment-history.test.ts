import { describe, expect, it } from 'vitest';
import { describeJudgmentHistory, unexplainedJudgmentChanges, type ComparedJudgment } from '../../src/lib/analysis/judgment-history.ts';
import type { JudgmentChange } from '../../src/schemas/topic.ts';

const change = (judgment: string, date: string, from: JudgmentChange['from'], reason = 'One report retracted it.'): JudgmentChange => ({ judgment, date, from, reason });

describe('describeJudgmentHistory', () => {
  it.each([
    ['a lowered confidence', [change('a', '2026-11-23', { confidence: 'moderate' })], 'low', ['Lowered from moderate to low on 23 November 2026: One report retracted it.']],
    ['a raised confidence', [change('a', '2026-11-23', { confidence: 'low' }, 'A second origin confirmed it')], 'high', ['Raised from low to high on 23 November 2026: A second origin confirmed it.']],
    ['new wording', [change('a', '2026-01-05', { text: 'It was long.' })], 'low', ['Reworded (it read: “It was long.”) on 5 January 2026: One report retracted it.']],
    ['both at once', [change('a', '2026-01-05', { confidence: 'high', text: 'It was long.' })], 'low', ['Lowered from high to low and reworded (it read: “It was long.”) on 5 January 2026: One report retracted it.']],
    ['a review that changed nothing', [change('a', '2026-01-05', { confidence: 'low' })], 'low', ['Reviewed on 5 January 2026: One report retracted it.']],
    [
      'two changes, in date order, each ending where the next began',
      [change('a', '2026-11-23', { confidence: 'moderate' }, 'Second.'), change('a', '2026-06-01', { confidence: 'high' }, 'First.')],
      'low',
      ['Lowered from high to moderate on 1 June 2026: First.', 'Lowered from moderate to low on 23 November 2026: Second.'],
    ],
  ] as const)('describes %s', (_name, changes, current, expected) => {
    expect(describeJudgmentHistory(changes, current)).toEqual(expected);
  });
});

describe('unexplainedJudgmentChanges', () => {
  const committed: ComparedJudgment[] = [
    { id: 'length', confidence: 'moderate', text: 'The call lasted an hour.' },
    { id: 'caller', confidence: 'high', text: 'Putin called.' },
  ];
  const warn = (id: string, what: string) => `Key judgment "${id}" changed ${what} since the last commit; add a dated reason to judgment_history.`;

  it.each([
    ['nothing changed', committed, [], []],
    ['a lowered confidence', [{ ...committed[0]!, confidence: 'low' }, committed[1]!], [], [warn('length', 'its confidence (moderate → low)')]],
    ['new wording', [committed[0]!, { ...committed[1]!, text: 'Putin placed the call.' }], [], [warn('caller', 'its wording')]],
    ['both', [{ ...committed[0]!, confidence: 'high', text: 'About an hour.' }], [], [warn('length', 'its confidence (moderate → high) and its wording')]],
    ['a change with a new dated reason', [{ ...committed[0]!, confidence: 'low' }], [change('length', '2026-11-23', { confidence: 'moderate' })], []],
    ['a reason for another judgment', [{ ...committed[0]!, confidence: 'low' }], [change('caller', '2026-11-23', { confidence: 'high' })], [warn('length', 'its confidence (moderate → low)')]],
    ['a new judgment', [{ id: 'new', confidence: 'low', text: 'New.' }], [], []],
    ['a judgment without an id', [{ confidence: 'low', text: 'The call lasted an hour.' }], [], []],
  ] as const)('%s', (_name, judgments, history, expected) => {
    expect(unexplainedJudgmentChanges({ judgments: committed, history: [] }, { judgments, history }).map((w) => w.message)).toEqual(expected);
  });

  it('asks for a new reason when the last commit already had the old one', () => {
    const old = [change('length', '2026-10-01', { confidence: 'high' })];
    const current = [{ ...committed[0]!, confidence: 'low' as const }];
    expect(unexplainedJudgmentChanges({ judgments: committed, history: old }, { judgments: current, history: old })).toHaveLength(1);
  });
});
