/**
 * Problems found in content, each tied to a place in a file so an author can
 * jump to it: `content/topics/the-call.md:12:40 message`.
 */

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Path of the file, relative to the project root, with forward slashes. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  readonly severity: Severity;
  readonly message: string;
}

/** Formats a diagnostic the way compilers do, so editors and terminals link it. */
export function formatDiagnostic(d: Diagnostic): string {
  const prefix = d.severity === 'warning' ? 'warning: ' : '';
  return `${d.file}:${d.line}:${d.column} ${prefix}${d.message}`;
}

/** Orders diagnostics by file, then position, so reports are stable. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}

/** Thrown when content has errors; its message lists every one of them. */
export class ContentError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    const errors = sortDiagnostics(diagnostics.filter((d) => d.severity === 'error'));
    const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
    super(`The dossier's content has ${count}:\n${errors.map(formatDiagnostic).join('\n')}`);
    this.name = 'ContentError';
    this.diagnostics = diagnostics;
  }
}
