/**
 * A stated confidence must not outrun its support: the independent named
 * origins of the claims the judgment names (the fewest of them, position by
 * position: a judgment is as strong as its weakest claim), or else of its
 * cited passages.
 */
import type { Passage } from '../citations/match.ts';
import type { Diagnostic } from '../content/diagnostics.ts';
import { distinctOrigins, namedOrigins } from '../analysis/origins.ts';
import { claimSupport } from '../analysis/status.ts';
import { confidenceWarning } from '../analysis/claims.ts';
import type { LedgerClaim } from './ledger.ts';
import type { CitingDocument } from './model.ts';

/** A warning at each judgment stated with more confidence than its support allows; an error at each claim it names that the ledger lacks. */
export function calibrationDiagnostics(
  documents: readonly Pick<CitingDocument, 'file' | 'judgments' | 'citations'>[],
  claims: readonly LedgerClaim[],
  originsOf: (articleId: string, passage: Passage) => readonly string[],
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const document of documents) {
    for (const judgment of document.judgments) {
      let support: number;
      if (judgment.claims) {
        const named = judgment.claims.ids.map((id) => byId.get(id));
        judgment.claims.ids.forEach((id, i) => {
          if (!named[i]) diagnostics.push({ file: document.file, line: judgment.claims!.line, column: judgment.claims!.column, severity: 'error', message: `The judgment names the claim "${id}", which the ledger (claims/) does not have.` });
        });
        support = Math.min(...named.map((claim) => (claim ? claimSupport(claim.positions) : 0)));
      } else {
        const cited = document.citations.filter((c) => judgment.uses.includes(c.use)).map((c) => originsOf(c.articleId, c.passage));
        support = namedOrigins(distinctOrigins(cited)).length;
      }
      const warning = confidenceWarning(judgment.confidence, support, judgment.claims ? 'claims' : 'citations');
      if (warning) diagnostics.push({ file: document.file, line: judgment.line, column: judgment.column, severity: 'warning', message: warning });
    }
  }
  return diagnostics;
}
