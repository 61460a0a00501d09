/**
 * The history of key judgments (ICD 203 standard 7: explain change to
 * analytic judgments): how a topic page tells its readers what changed and
 * why, and which changes since the last commit lack a dated reason.
 */
import type { Confidence } from './claims.ts';
import type { JudgmentChange } from '../../schemas/topic.ts';
import { comparePartialDates, formatPartialDate } from '../dates/partial-date.ts';

const RANK: Readonly<Record<Confidence, number>> = { low: 0, moderate: 1, high: 2 };

/**
 * The judgment id marker that ends a key judgment's item: `{#call-length}`,
 * or with the ids of the ledger's claims it rests on,
 * `{#call-length claims=call-length,call-date}`.
 */
export const JUDGMENT_ID_MARKER = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)(?:\s+claims=([a-z0-9]+(?:-[a-z0-9]+)*(?:,[a-z0-9]+(?:-[a-z0-9]+)*)*))?\}\s*$/u;

/** The fragment id of a key judgment on its page. */
export const judgmentFragmentId = (id: string): string => `judgment-${id}`;

const sentence = (text: string) => (/[.!?…]$/u.test(text) ? text : `${text}.`);

/**
 * One sentence per change of a judgment, oldest first, e.g. "Lowered from
 * moderate to low on 23 November 2026: the talks were cancelled." A change
 * lowers or raises the confidence to the one the next change started from,
 * or to the judgment's current one.
 */
export function describeJudgmentHistory(changes: readonly JudgmentChange[], current: Confidence): string[] {
  const ordered = [...changes].sort((a, b) => comparePartialDates(a.date, b.date));
  return ordered.map((change, i) => {
    const after = ordered.slice(i + 1).find((c) => c.from.confidence)?.from.confidence ?? current;
    const before = change.from.confidence;
    const what: string[] = [];
    if (before && before !== after) what.push(`${RANK[after] < RANK[before] ? 'Lowered' : 'Raised'} from ${before} to ${after}`);
    if (change.from.text) what.push(`${what.length === 0 ? 'Reworded' : 'reworded'} (it read: “${change.from.text}”)`);
    const verb = what.length === 0 ? 'Reviewed' : what.join(' and ');
    return `${verb} on ${formatPartialDate(change.date)}: ${sentence(change.reason)}`;
  });
}

/** What the comparison needs of a key judgment. */
export interface ComparedJudgment {
  readonly id?: string;
  readonly confidence: Confidence;
  readonly text: string;
}

/** A topic's key judgments and their history, as committed or as they are now. */
export interface JudgmentsVersion<J extends ComparedJudgment = ComparedJudgment> {
  readonly judgments: readonly J[];
  readonly history: readonly JudgmentChange[];
}

/**
 * The judgments whose confidence or wording changed since `committed` without
 * a history entry added since, each with the warning to give. Judgments
 * without an id, or new since the commit, are not compared.
 */
export function unexplainedJudgmentChanges<J extends ComparedJudgment>(
  committed: JudgmentsVersion,
  current: JudgmentsVersion<J>,
): { judgment: J; message: string }[] {
  const entries = (version: JudgmentsVersion, id: string) => version.history.filter((c) => c.judgment === id).length;
  return current.judgments.flatMap((judgment) => {
    const id = judgment.id;
    const before = id === undefined ? undefined : committed.judgments.find((j) => j.id === id);
    if (!id || !before || entries(current, id) > entries(committed, id)) return [];
    const changed: string[] = [];
    if (before.confidence !== judgment.confidence) changed.push(`its confidence (${before.confidence} → ${judgment.confidence})`);
    if (before.text !== judgment.text) changed.push('its wording');
    if (changed.length === 0) return [];
    return [{ judgment, message: `Key judgment "${id}" changed ${changed.join(' and ')} since the last commit; add a dated reason to judgment_history.` }];
  });
}
