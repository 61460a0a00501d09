/**
 * The claims ledger and the timeline: verified, and each claim's positions
 * traced to the origins of their cited passages, which give its status.
 */
import type { ClaimData } from '../../schemas/claim.ts';
import type { EventData } from '../../schemas/event.ts';
import type { Corpus } from '../citations/resolve.ts';
import type { Passage } from '../citations/match.ts';
import type { Diagnostic } from '../content/diagnostics.ts';
import { distinctOrigins, isNamedOrigin, type Origin } from '../analysis/origins.ts';
import { claimStatus, standingPositions, type ClaimStatus, type CompatibleReason } from '../analysis/status.ts';
import { compareTimelineDates } from '../dates/partial-date.ts';
import { resolveCiteField, type ResolvedCite } from './cites.ts';
import type { ListInput } from './inputs.ts';

/** A verified citation of a claim, with the origins its passage rests on. */
export interface LedgerCite extends ResolvedCite {
  /** Keys of the origins (src/lib/analysis/origins.ts). */
  readonly origins: readonly string[];
}

export interface LedgerPosition {
  readonly position: string;
  readonly cites: readonly LedgerCite[];
  /** Supporting articles (the reports), in citation order. */
  readonly supporters: readonly string[];
  /** Distinct origins of its cited passages, in citation order: its support. */
  readonly origins: readonly string[];
  /** Why it is a source's factual error, when the claims file marks it as one. */
  readonly error?: string;
}

export interface LedgerClaim {
  readonly id: string;
  readonly statement: string;
  /** Slug of the claim's topic: the name of its file. */
  readonly topic: string;
  readonly positions: readonly LedgerPosition[];
  /** From the positions that are not source errors; absent when all are. */
  readonly status?: ClaimStatus;
  /** Why the positions can all hold, from the claims file: the kind of reason, and how. */
  readonly compatible?: { readonly reason: CompatibleReason; readonly note: string };
}

export interface TimelineEvent extends EventData {
  readonly cites: readonly ResolvedCite[];
}

interface Context {
  readonly corpus: Corpus;
  readonly invalidIds: ReadonlySet<string> | undefined;
  readonly topics: ReadonlySet<string>;
  /** Keys of the origins a cited passage rests on. */
  readonly originsOf: (articleId: string, passage: Passage) => readonly string[];
  readonly origin: (key: string) => Origin | undefined;
  /** Suggests an attribution at a citation of a passage that reports speech without one. */
  readonly suggestAttribution: (file: string, at: { line: number; column: number }, cite: ResolvedCite) => void;
  readonly diagnostics: Diagnostic[];
}

const placeIn = (input: ListInput<unknown>, path: readonly PropertyKey[]) => input.locate?.(path) ?? { line: 1, column: 1 };

function report(context: Context, input: ListInput<unknown>, path: readonly PropertyKey[], message: string) {
  context.diagnostics.push({ file: input.file, ...placeIn(input, path), severity: 'error', message });
}

export function buildLedger(files: readonly (ListInput<ClaimData> & { readonly topic: string })[], context: Context): LedgerClaim[] {
  const claims: LedgerClaim[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    if (!context.topics.has(file.topic)) {
      report(context, file, [], `The claims file names the topic "${file.topic}", which has no page in topics/.`);
    }
    file.items.forEach((claim, index) => {
      const previous = seen.get(claim.id);
      if (previous) report(context, file, [index, 'id'], `Duplicate claim id "${claim.id}": already used in ${previous}.`);
      seen.set(claim.id, file.file);
      const positions: LedgerPosition[] = claim.positions.map((position, p) => {
        const { cites: resolved, problems } = resolveCiteField(position.cite, context.corpus, context.invalidIds);
        for (const problem of problems) report(context, file, [index, 'positions', p, 'cite'], `claim "${claim.id}": ${problem}`);
        for (const cite of resolved) context.suggestAttribution(file.file, placeIn(file, [index, 'positions', p, 'cite']), cite);
        const cites = resolved.map((cite) => ({ ...cite, origins: context.originsOf(cite.articleId, cite.passage) }));
        return {
          position: position.position,
          cites,
          supporters: [...new Set(cites.map((c) => c.articleId))],
          origins: distinctOrigins(cites.map((c) => c.origins)),
          ...(position.error ? { error: position.error } : {}),
        };
      });
      reportVoicesOnTwoPositions(context, file, index, claim.id, positions);
      const status = claimStatus(positions, claim.compatible);
      if (claim.compatible && status !== 'compatible') {
        report(context, file, [index, 'compatible'], `claim "${claim.id}": "compatible" gives a reason, but fewer than two of its positions are supported and not marked as errors: there is nothing to reconcile.`);
      }
      if (status === 'conflicting') reportConflictOfOneOrigin(context, file, index, claim.id, positions);
      claims.push({
        id: claim.id,
        statement: claim.statement,
        topic: file.topic,
        positions,
        ...(status ? { status } : {}),
        ...(claim.compatible ? { compatible: claim.compatible } : {}),
      });
    });
  }
  return claims;
}

/**
 * A conflict needs independent origins on each side: positions that all rest
 * on one named origin are renderings of one statement that disagree, a
 * question of which rendering is faithful (mark the other as a source error),
 * not a conflict.
 */
function reportConflictOfOneOrigin(context: Context, file: ListInput<ClaimData>, index: number, claimId: string, positions: readonly LedgerPosition[]) {
  const origins = new Set(standingPositions(positions).flatMap((p) => p.origins));
  if (origins.size !== 1) return;
  const [only] = origins;
  if (!isNamedOrigin(only!)) return;
  report(
    context,
    file,
    [index, 'positions'],
    `claim "${claimId}": its positions all rest on one origin, ${context.origin(only!)?.name ?? only}, so they cannot conflict; mark the rendering that is not faithful as a source error ("error:"), or make them one position.`,
  );
}

/**
 * One voice answers a claim one way. A voice is a report relaying one origin,
 * or speaking for itself: a report may relay Trump's figure and give its own,
 * but the same report relaying the same origin on two positions is a
 * contradiction to resolve.
 */
function reportVoicesOnTwoPositions(context: Context, file: ListInput<ClaimData>, index: number, claimId: string, positions: readonly LedgerPosition[]) {
  const positionOf = new Map<string, number>();
  positions.forEach((position, p) => {
    const reported = new Set<string>();
    for (const cite of position.cites) {
      for (const origin of cite.origins) {
        const voice = `${cite.articleId} ${origin}`;
        const first = positionOf.get(voice);
        if (first === undefined) positionOf.set(voice, p);
        else if (first !== p && !reported.has(voice)) {
          reported.add(voice);
          const known = context.origin(origin);
          const name = known?.article === cite.articleId ? (known.kind === 'unattributed' ? 'without attribution' : 'in its own voice') : `relaying ${known?.name ?? origin}`;
          report(context, file, [index, 'positions', p, 'cite'], `claim "${claimId}": "@${cite.articleId}", ${name}, already supports the position "${positions[first]!.position}"; one voice takes one position on a claim.`);
        }
      }
    }
  });
}

export function buildTimeline(input: ListInput<EventData> | undefined, context: Context): TimelineEvent[] {
  if (!input) return [];
  const events = input.items.map((event, index) => {
    if (!context.topics.has(event.topic)) report(context, input, [index, 'topic'], `"topic" names "${event.topic}", which has no page in topics/.`);
    const { cites, problems } = resolveCiteField(event.cite, context.corpus, context.invalidIds);
    for (const problem of problems) report(context, input, [index, 'cite'], problem);
    for (const cite of cites) context.suggestAttribution(input.file, placeIn(input, [index, 'cite']), cite);
    return { ...event, cites, index };
  });
  return events
    // A month-only event comes after the days of its month, a range after the days before it; equal dates keep file order.
    .sort((a, b) => compareTimelineDates(a.date, b.date) || a.index - b.index)
    .map(({ index: _index, ...event }) => event);
}
