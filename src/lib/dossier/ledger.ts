/**
 * The claims ledger and the timeline: verified, and analysed for support,
 * silence, dispute and corroboration by independent origins.
 */
import type { ClaimData } from '../../schemas/claim.ts';
import type { EventData } from '../../schemas/event.ts';
import type { Corpus } from '../citations/resolve.ts';
import type { Diagnostic } from '../content/diagnostics.ts';
import { analyzeClaim } from '../analysis/claims.ts';
import { comparePartialDates } from '../dates/partial-date.ts';
import { resolveCiteField, type ResolvedCite } from './cites.ts';

/** A YAML list file as the model needs it. */
export interface ListInput<T> {
  readonly file: string;
  readonly items: readonly T[];
  /** Line and column of a value, e.g. [2, 'positions', 0, 'cite'], when known. */
  readonly locate?: (path: readonly PropertyKey[]) => { line: number; column: number };
}

export interface LedgerPosition {
  readonly position: string;
  readonly cites: readonly ResolvedCite[];
  /** Supporting articles, in citation order. */
  readonly supporters: readonly string[];
  /** Independent origins among the supporters. */
  readonly corroboration: number;
}

export interface LedgerClaim {
  readonly id: string;
  readonly statement: string;
  /** Slug of the claim's topic: the name of its file. */
  readonly topic: string;
  readonly positions: readonly LedgerPosition[];
  readonly disputed: boolean;
}

export interface TimelineEvent extends EventData {
  readonly cites: readonly ResolvedCite[];
}

interface Context {
  readonly corpus: Corpus;
  readonly invalidIds: ReadonlySet<string> | undefined;
  readonly topics: ReadonlySet<string>;
  readonly originOf: (articleId: string) => string;
  readonly diagnostics: Diagnostic[];
}

function report(context: Context, input: ListInput<unknown>, path: readonly PropertyKey[], message: string) {
  const at = input.locate?.(path) ?? { line: 1, column: 1 };
  context.diagnostics.push({ file: input.file, ...at, severity: 'error', message });
}

export function buildLedger(files: readonly (ListInput<ClaimData> & { readonly topic: string })[], context: Context): LedgerClaim[] {
  const claims: LedgerClaim[] = [];
  const seen = new Map<string, string>();
  const articleIds = [...context.corpus.keys()];
  for (const file of files) {
    if (!context.topics.has(file.topic)) {
      report(context, file, [], `The claims file names the topic "${file.topic}", which has no page in topics/.`);
    }
    file.items.forEach((claim, index) => {
      const previous = seen.get(claim.id);
      if (previous) report(context, file, [index, 'id'], `Duplicate claim id "${claim.id}": already used in ${previous}.`);
      seen.set(claim.id, file.file);
      const positions = claim.positions.map((position, p) => {
        const { cites, problems } = resolveCiteField(position.cite, context.corpus, context.invalidIds);
        for (const problem of problems) report(context, file, [index, 'positions', p, 'cite'], `claim "${claim.id}": ${problem}`);
        return { position: position.position, cites, supporters: [...new Set(cites.map((c) => c.articleId))] };
      });
      // A source answers a claim one way: supporting two positions is a contradiction to resolve.
      const supporterOf = new Map<string, number>();
      positions.forEach((position, p) => {
        for (const id of position.supporters) {
          if (supporterOf.has(id)) {
            report(context, file, [index, 'positions', p, 'cite'], `claim "${claim.id}": "@${id}" already supports the position "${positions[supporterOf.get(id)!]!.position}"; a source takes one position on a claim.`);
          } else supporterOf.set(id, p);
        }
      });
      const analysis = analyzeClaim(positions, articleIds, context.originOf);
      claims.push({
        id: claim.id,
        statement: claim.statement,
        topic: file.topic,
        positions: positions.map((position, p) => ({ ...position, corroboration: analysis.positions[p]!.corroboration })),
        disputed: analysis.disputed,
      });
    });
  }
  return claims;
}

export function buildTimeline(input: ListInput<EventData> | undefined, context: Context): TimelineEvent[] {
  if (!input) return [];
  const events = input.items.map((event, index) => {
    if (!context.topics.has(event.topic)) report(context, input, [index, 'topic'], `"topic" names "${event.topic}", which has no page in topics/.`);
    const { cites, problems } = resolveCiteField(event.cite, context.corpus, context.invalidIds);
    for (const problem of problems) report(context, input, [index, 'cite'], problem);
    return { ...event, cites, index };
  });
  return events
    // A month-only event comes after the days of its month; equal dates keep file order.
    .sort((a, b) => comparePartialDates(a.date, b.date) || a.index - b.index)
    .map(({ index: _index, ...event }) => event);
}
