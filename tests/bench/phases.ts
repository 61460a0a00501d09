/**
 * Where a build's time goes: its wall time split into the phases of Astro's
 * log, by when each phase's closing line reached the benchmark. Astro's own
 * timestamps have one-second resolution; arrival times are exact enough.
 */
import type { LogLine, OutputSize, RunResult } from './measure.ts';

export interface Phase {
  readonly name: string;
  readonly ms: number;
}

/** One measured build: the run, what it wrote, and its phases. */
export interface BuildMeasurement {
  readonly run: RunResult;
  readonly output: OutputSize;
  readonly phases: readonly Phase[];
}

/** Log lines that end Astro's build phases, in order; each phase runs from the previous marker to its own. */
const ASTRO_MARKERS: ReadonlyArray<readonly [string, RegExp]> = [
  // Before content sync: Node and Astro start, config hooks run (the dossier's content check among them).
  ['start-up, config hooks', /\[content\] Syncing content/u],
  // Types generation and "Collecting build info" log right after sync, so they land in bundling.
  ['content sync', /\[content\] Synced content/u],
  ['bundling (Vite)', /generating static routes/u],
  ['generating static routes', /Completed in/u],
  ['build:done hooks', /page\(s\) built in/u],
];

/**
 * Splits a build's wall time into Astro's phases. A marker missing from the
 * log (another Astro version, a step skipped) merges its phase into the next.
 */
export function astroPhases(lines: readonly LogLine[], wallMs: number): Phase[] {
  const phases: Phase[] = [];
  let from = 0;
  let index = 0;
  for (const [name, pattern] of ASTRO_MARKERS) {
    const found = lines.findIndex((l, i) => i >= index && pattern.test(l.text));
    if (found === -1) continue;
    phases.push({ name, ms: lines[found]!.at - from });
    from = lines[found]!.at;
    index = found + 1;
  }
  phases.push({ name: 'writing out, exit', ms: wallMs - from });
  return phases;
}
