/**
 * Problems found in content, each tied to a place in a file so an author can
 * jump to it: `content/topics/the-call.md:12:40 message`.
 */

import { CONTROL_CHARACTERS } from '../text/control-characters.ts';

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

/**
 * Formats a diagnostic the way compilers do, so editors and terminals link
 * it. Messages quote content, which may hold control characters (an escape
 * sequence in a title): they are shown by their code, never sent to the terminal.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const prefix = d.severity === 'warning' ? 'warning: ' : '';
  return `${d.file}:${d.line}:${d.column} ${prefix}${visibleControls(d.message)}`;
}

/** Text with each control character shown as its code, e.g. "U+001B". */
export const visibleControls = (text: string): string => text.replace(CONTROL_CHARACTERS, (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);

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
