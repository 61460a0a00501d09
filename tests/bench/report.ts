/**
 * The benchmark's report: the build table, the rebuild and the dev update,
 * where the time goes, the browser figures, and the goals, met or not.
 */
import type { BrowserFigures, Transfer } from './browser.ts';
import type { DevUpdate } from './dev.ts';
import type { GeneratedDossier } from './generate.ts';
import type { BuildMeasurement } from './phases.ts';
import type { RunResult } from './measure.ts';
import { count, kilobytes, markdownTable, megabytes, seconds } from './table.ts';
import { pagePathOf } from '../support/html.ts';

/** Everything measured for one dossier size. */
export interface SizeResult {
  readonly articles: number;
  readonly generated: GeneratedDossier;
  readonly dossier: BuildMeasurement;
  readonly baseline: BuildMeasurement;
  /** Only for the sizes the rebuild is measured on (1,000 and 10,000, or the largest below 1,000). */
  readonly rebuild?: BuildMeasurement;
  /** Only for the size the dev update is measured on (the largest of at most 1,000). */
  readonly dev?: DevUpdate;
  /** Absent with --skip-browser. */
  readonly browser?: BrowserFigures;
  /** The wall time of every clean build, in the order run (`dossier` and `baseline` are the median runs). */
  readonly runs: { readonly dossierMs: readonly number[]; readonly baselineMs: readonly number[] };
  /** Runs during which other processes took more than a tenth of the CPU. */
  readonly busy: readonly string[];
}

/** A size too large for repeated runs, rebuilds and the browser (100,000): one clean build of each, which may fail. */
export interface HugeResult {
  readonly articles: number;
  readonly dossier: BuildMeasurement | { readonly failed: RunResult };
  readonly baseline: BuildMeasurement | { readonly failed: RunResult; readonly step: string };
}

const built = (m: HugeResult['dossier'] | HugeResult['baseline']): m is BuildMeasurement => !('failed' in m);

/** Why a run failed, in a line: the last line of its output that names an error. */
function failureLine(run: RunResult): string {
  const lines = run.lines.map((l) => l.text.trim()).filter((t) => t !== '');
  const error = [...lines].reverse().find((t) => /error|killed|heap|memory/iu.test(t) && !/\[WARN\]/u.test(t));
  return (error ?? lines.at(-1) ?? `exit ${run.exitCode}`).slice(0, 300);
}

/** One line per build of a huge size: its figures, or where and why it failed. */
export function hugeLines(results: readonly HugeResult[]): string[] {
  const single = (run: RunResult) => (run.maxProcessRss === undefined ? 'n/a' : megabytes(run.maxProcessRss));
  const describe = (title: string, m: HugeResult['dossier'] | HugeResult['baseline']) => {
    if (built(m)) {
      return `${title}: built in ${seconds(m.run.wallMs)} s; peak RSS ${megabytes(m.run.peakTreeRss)} MB (process tree), largest process ${single(m.run)} MB; ${count(m.output.pages)} pages, dist ${megabytes(m.output.bytes)} MB, largest page ${kilobytes(m.output.largestPage.bytes)} KB (${pageUrl(m.output.largestPage.path)})`;
    }
    const step = 'step' in m ? ` (${m.step} step)` : '';
    return `${title}: failed${step} after ${seconds(m.failed.wallMs)} s, peak RSS ${megabytes(m.failed.peakTreeRss)} MB (process tree), largest process ${single(m.failed)} MB: “${failureLine(m.failed)}”`;
  };
  return results.flatMap((r) => [
    describe(`Dossier, ${count(r.articles)} articles`, r.dossier),
    describe(`Baseline, ${count(r.articles)} articles`, r.baseline),
    ...(built(r.dossier) && built(r.baseline) ? [`Ratio at ${count(r.articles)}: ${(r.dossier.run.wallMs / r.baseline.run.wallMs).toFixed(2)}`] : []),
  ]);
}

const ratio = (r: SizeResult) => r.dossier.run.wallMs / r.baseline.run.wallMs;
const rssRatio = (r: SizeResult) => r.dossier.run.peakTreeRss / r.baseline.run.peakTreeRss;
/** A built file's path as the address it is served at: sources/x/index.html → /sources/x/. */
const pageUrl = (file: string) => `/${pagePathOf(file)}`;
const pair = (a: string, b: string) => `${a} / ${b}`;

export function buildTable(results: readonly SizeResult[]): string {
  const rows = results.map((r) => [
    count(r.articles),
    seconds(r.dossier.run.wallMs),
    seconds(r.baseline.run.wallMs),
    ratio(r).toFixed(2),
    (r.dossier.output.pages / (r.dossier.run.wallMs / 1000)).toFixed(1),
    pair(megabytes(r.dossier.run.peakTreeRss), megabytes(r.baseline.run.peakTreeRss)),
    pair(megabytes(r.dossier.output.bytes), megabytes(r.baseline.output.bytes)),
    pair(megabytes(r.dossier.output.indexBytes), megabytes(r.baseline.output.indexBytes)),
  ]);
  return markdownTable(
    ['N', 'dossier build s', 'baseline build s', 'ratio', 'pages/s (dossier)', 'peak RSS MB (dossier / baseline)', 'dist MB (dossier / baseline)', 'index MB (dossier / baseline)'],
    rows,
  );
}

export function buildNotes(results: readonly SizeResult[]): string[] {
  const single = (m: BuildMeasurement) => (m.run.maxProcessRss === undefined ? 'n/a' : megabytes(m.run.maxProcessRss));
  return [
    'Clean builds: output folder and Astro\'s content cache deleted first; Vite\'s dependency cache kept (each project has its own, warmed by one unmeasured build of a 20-article dossier). Build times include search indexing (dossier: `npm run build`, Astro in a child process, Pagefind in its build:done hook; baseline: `astro build`, then the Pagefind CLI).',
    runsNote(results),
    `Pages (HTML files) built: ${results.map((r) => `N=${count(r.articles)}: dossier ${count(r.dossier.output.pages)}, baseline ${count(r.baseline.output.pages)}`).join('; ')}.`,
    `Peak RSS: highest sum of RSS over the build's whole process tree, sampled from /proc every 100 ms. Largest single process (GNU time %M): ${results.map((r) => `N=${count(r.articles)}: ${pair(single(r.dossier), single(r.baseline))} MB`).join('; ')}.`,
    `Largest HTML page of the dossier (raw bytes, as served): ${results.map((r) => `N=${count(r.articles)}: ${kilobytes(r.dossier.output.largestPage.bytes)} KB, ${pageUrl(r.dossier.output.largestPage.path)}`).join('; ')}.`,
  ];
}

/** How many clean builds each figure is the median of, and their spread; one run each says so. */
export function runsNote(results: readonly SizeResult[]): string {
  const runs = results[0]?.runs.dossierMs.length ?? 1;
  if (runs === 1) return 'One run each (--runs N for the median of N alternating runs).';
  const spread = (ms: readonly number[]) => `${seconds(Math.min(...ms))}–${seconds(Math.max(...ms))} s`;
  return `Median of ${runs} alternating clean builds each (dossier, baseline, dossier, …); the table shows the median runs and the ratio of the medians. Spread (fastest–slowest): ${results.map((r) => `N=${count(r.articles)}: dossier ${spread(r.runs.dossierMs)}, baseline ${spread(r.runs.baselineMs)}`).join('; ')}.`;
}

/** CPU used by each build and by everything else meanwhile: how many cores the build kept busy, and whether it had them to itself. */
export function cpuNote(results: readonly SizeResult[]): string {
  const describe = (title: string, m: BuildMeasurement) =>
    m.run.cpuMs === undefined
      ? `${title} n/a`
      : `${title} ${seconds(m.run.cpuMs)} s (${(m.run.cpuMs / m.run.wallMs).toFixed(2)} cores), others ${seconds(m.run.otherCpuMs ?? 0)} s, benchmark ${seconds(m.run.ownCpuMs)} s`;
  const builds = results.flatMap((r) => [
    describe(`dossier ${count(r.articles)}`, r.dossier),
    describe(`baseline ${count(r.articles)}`, r.baseline),
    ...(r.rebuild ? [describe(`rebuild ${count(r.articles)}`, r.rebuild)] : []),
  ]);
  return `CPU time (user + system) of each build's process tree, of all other processes on the machine meanwhile, and of the benchmark itself (sampling /proc): ${builds.join('; ')}.`;
}

export function rebuildLine(results: readonly SizeResult[]): string {
  const rebuilt = results.filter((x) => x.rebuild);
  if (rebuilt.length === 0) return 'Rebuild after adding one article: not measured (it is measured at 1,000 and 10,000 articles, or the largest size below 1,000).';
  const one = (r: SizeResult) => {
    const share = r.rebuild!.run.wallMs / r.dossier.run.wallMs;
    return `to the ${count(r.articles)}-article dossier: ${seconds(r.rebuild!.run.wallMs)} s, ratio to its clean build (${seconds(r.dossier.run.wallMs)} s) ${share.toFixed(2)} (${(share * 100).toFixed(0)}%), ${count(r.rebuild!.output.pages)} pages after it`;
  };
  return `Rebuild after adding one article, with the caches of the clean build (what a CI run restoring its cache does): ${rebuilt.map(one).join('; ')}.`;
}

export function devLine(results: readonly SizeResult[]): string {
  const r = results.find((x) => x.dev);
  if (!r?.dev) return 'Dev update after adding one article: not measured (it needs a size of at most 1,000 articles).';
  const { startMs, articleId, updateMs, limitMs } = r.dev;
  const update = updateMs === undefined ? `not served within ${seconds(limitMs)} s` : `${updateMs.toFixed(0)} ms`;
  return `Dev update after adding one article to the ${count(r.articles)}-article dossier under \`astro dev\` (started and serving in ${seconds(startMs)} s): from writing the file to /sources/${articleId}/ served with its title, polled every 50 ms: ${update}.`;
}

/** Phase by phase, for every build measured: where the time goes. */
export function phaseTable(results: readonly SizeResult[]): string {
  const columns: { title: string; m: BuildMeasurement }[] = results.flatMap((r) => [
    { title: `dossier ${count(r.articles)}`, m: r.dossier },
    { title: `baseline ${count(r.articles)}`, m: r.baseline },
    ...(r.rebuild ? [{ title: `rebuild ${count(r.articles)}`, m: r.rebuild }] : []),
  ]);
  // Rows in build order: a phase only one build has goes right after the phase it follows there.
  const names: string[] = [];
  for (const { m } of columns) {
    m.phases.forEach((p, i) => {
      if (names.includes(p.name)) return;
      const previous = i > 0 ? names.indexOf(m.phases[i - 1]!.name) : -1;
      names.splice(previous + 1, 0, p.name);
    });
  }
  const rows = names.map((name) => [name, ...columns.map(({ m }) => {
    const phase = m.phases.find((p) => p.name === name);
    return phase ? seconds(phase.ms) : '—';
  })]);
  rows.push(['total', ...columns.map(({ m }) => seconds(m.run.wallMs))]);
  return markdownTable(['phase (s)', ...columns.map((c) => c.title)], rows);
}

const transferCell = (t: Transfer) => pair(kilobytes(t.raw), kilobytes(t.gzip));
const breakdown = (t: Transfer) =>
  Object.entries(t.byKind)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, bytes]) => `${kind} ${kilobytes(bytes)}`)
    .join(', ');

export function browserTable(results: readonly SizeResult[]): string {
  const rows = results.filter((r) => r.browser).map((r) => {
    const b = r.browser!;
    return [count(r.articles), transferCell(b.topic), String(b.renderBlockingScripts), transferCell(b.search), b.keystrokeToResultsMs.toFixed(0)];
  });
  return markdownTable(['N', 'topic page KB (raw / gzip)', 'render-blocking scripts', 'first search KB (raw / gzip)', 'first results ms'], rows);
}

export function browserNotes(results: readonly SizeResult[]): string[] {
  const measured = results.filter((r) => r.browser);
  const last = measured[measured.length - 1];
  if (!last?.browser) return [];
  const b = last.browser;
  return [
    'Chromium (Debian) via playwright-core, empty cache for every measurement. Bytes are the files the static server sent (uncompressed, as served); gzip is what the same files weigh compressed.',
    `Topic page: /${b.topicPath}, everything it fetched until the network was idle. At N=${count(last.articles)}: ${breakdown(b.topic)} KB in ${b.topic.requests} requests; inline classic scripts in <head>: ${b.inlineHeadScripts}.`,
    `First search: /search/?q=${b.searchWord}, from navigation until the first result showed. At N=${count(last.articles)}: ${breakdown(b.search)} KB in ${b.search.requests} requests.`,
    `First results: "${b.searchWord}" typed into the search box of a freshly opened /search/ (80 ms between keys), from the last keydown to the first result added.`,
  ];
}

type Status = 'met' | 'not met' | 'not run';

interface Goal {
  readonly name: string;
  readonly status: Status;
  readonly detail: string;
}

const judge = (ok: boolean): Status => (ok ? 'met' : 'not met');
const notRun = (name: string, why: string): Goal => ({ name, status: 'not run', detail: why });

/** The goals of the issue, each met, not met, or not run (with why). */
export function goals(results: readonly SizeResult[], huge: readonly HugeResult[] = []): Goal[] {
  const at = (n: number) => results.find((r) => r.articles === n);
  const r10k = at(10000);
  const list: Goal[] = [];

  for (const n of [1000, 10000]) {
    const r = at(n);
    const name = `pipeline ratio (dossier / baseline build) at ${count(n)} ≤ 1.0`;
    list.push(r
      ? { name, status: judge(ratio(r) <= 1), detail: `${ratio(r).toFixed(2)} (${seconds(r.dossier.run.wallMs)} s / ${seconds(r.baseline.run.wallMs)} s)` }
      : notRun(name, `no ${count(n)}-article run${n === 10000 ? ': --with-10000' : ''}`));
  }

  const rssName = 'peak RSS ratio (dossier / baseline process tree) at 10,000 ≤ 1.0';
  list.push(r10k
    ? { name: rssName, status: judge(rssRatio(r10k) <= 1), detail: `${rssRatio(r10k).toFixed(2)} (${megabytes(r10k.dossier.run.peakTreeRss)} MB / ${megabytes(r10k.baseline.run.peakTreeRss)} MB)` }
    : notRun(rssName, 'no 10,000-article run: --with-10000'));

  const r100k = huge.find((r) => r.articles === 100000);
  const hugeName = 'the dossier at 100,000 built within 16 GB of peak RSS';
  if (!r100k) list.push(notRun(hugeName, 'no 100,000-article run: --sizes 100000'));
  else if (!built(r100k.dossier)) list.push({ name: hugeName, status: 'not met', detail: `failed after ${seconds(r100k.dossier.failed.wallMs)} s: ${failureLine(r100k.dossier.failed)}` });
  else {
    const baseline = built(r100k.baseline) ? `baseline ${seconds(r100k.baseline.run.wallMs)} s, ratio ${(r100k.dossier.run.wallMs / r100k.baseline.run.wallMs).toFixed(2)}` : 'the baseline failed';
    list.push({ name: hugeName, status: judge(r100k.dossier.run.peakTreeRss <= 16 * 1024 ** 3), detail: `${megabytes(r100k.dossier.run.peakTreeRss)} MB in ${seconds(r100k.dossier.run.wallMs)} s; ${baseline}` });
  }

  for (const n of [1000, 10000]) {
    const r = at(n);
    const rebuildName = `rebuild after one added article at ${count(n)} ≤ 40% of clean`;
    list.push(r?.rebuild
      ? {
          name: rebuildName,
          status: judge(r.rebuild.run.wallMs <= 0.4 * r.dossier.run.wallMs),
          detail: `${((r.rebuild.run.wallMs / r.dossier.run.wallMs) * 100).toFixed(0)}% (${seconds(r.rebuild.run.wallMs)} s / ${seconds(r.dossier.run.wallMs)} s)`,
        }
      : notRun(rebuildName, `no ${count(n)}-article run${n === 10000 ? ': --with-10000' : ''}`));
  }

  const pageName = 'largest HTML page at 10,000 ≤ 300 KB as served';
  const largest = r10k?.dossier.output.largestPage;
  list.push(largest
    ? { name: pageName, status: judge(largest.bytes <= 300e3), detail: `${kilobytes(largest.bytes)} KB, ${pageUrl(largest.path)}` }
    : notRun(pageName, 'no 10,000-article run: --with-10000'));

  const distName = 'dist at 10,000 ≤ 1.5 × the baseline’s';
  list.push(r10k
    ? { name: distName, status: judge(r10k.dossier.output.bytes <= 1.5 * r10k.baseline.output.bytes), detail: `${(r10k.dossier.output.bytes / r10k.baseline.output.bytes).toFixed(2)} × (${megabytes(r10k.dossier.output.bytes)} MB / ${megabytes(r10k.baseline.output.bytes)} MB)` }
    : notRun(distName, 'no 10,000-article run: --with-10000'));

  const searched = r10k?.browser;
  const whyNoSearch = r10k ? 'no browser run (--skip-browser)' : 'no 10,000-article run: --with-10000';
  const searchBytesName = 'first search at 10,000 ≤ 300 KB as served';
  list.push(searched
    ? { name: searchBytesName, status: judge(searched.search.raw <= 300e3), detail: `${kilobytes(searched.search.raw)} KB as served; ${kilobytes(searched.search.gzip)} KB gzipped` }
    : notRun(searchBytesName, whyNoSearch));
  const searchTimeName = 'first results at 10,000 ≤ 150 ms';
  list.push(searched
    ? { name: searchTimeName, status: judge(searched.keystrokeToResultsMs <= 150), detail: `${searched.keystrokeToResultsMs.toFixed(0)} ms` }
    : notRun(searchTimeName, whyNoSearch));

  const dev = at(1000)?.dev;
  const devName = 'dev update after a new article at 1,000 ≤ 1 s';
  list.push(dev
    ? dev.updateMs === undefined
      ? { name: devName, status: 'not met', detail: `not served within ${seconds(dev.limitMs)} s` }
      : { name: devName, status: judge(dev.updateMs <= 1000), detail: `${dev.updateMs.toFixed(0)} ms` }
    : notRun(devName, 'no 1,000-article run'));
  return list;
}

/**
 * Budgets of an earlier issue that this one no longer states, for
 * comparison with earlier reports: the worst of the sizes measured.
 */
export function earlierBudgets(results: readonly SizeResult[], browserSkipped: boolean): Goal[] {
  const browsed = results.filter((r) => r.browser);
  const names = ['topic page ≤ 60 KB', 'no render-blocking script', 'margin notes ≤ 48 px from their paragraph'] as const;
  if (browsed.length === 0) return names.map((name) => notRun(name, browserSkipped ? '--skip-browser' : 'no browser run'));
  // The worst size decides: a budget holds only if it holds at every size measured.
  const worst = (f: (b: BrowserFigures) => number) => Math.max(...browsed.map((r) => f(r.browser!)));
  const topic = worst((b) => b.topic.raw);
  const blocking = worst((b) => b.renderBlockingScripts);
  return [
    { name: names[0], status: judge(topic <= 60e3), detail: `${kilobytes(topic)} KB as served; ${kilobytes(worst((b) => b.topic.gzip))} KB gzipped` },
    { name: names[1], status: judge(blocking === 0), detail: `${blocking}` },
    marginNotesGoal(names[2], browsed.map((r) => r.browser!)),
  ];
}

/** At 1280 px, on every source page visited at every size: each note's top within 48 px of its paragraph's. */
function marginNotesGoal(name: string, figures: readonly BrowserFigures[]): Goal {
  const pages = figures.reduce((sum, f) => sum + f.marginNotes.pages, 0);
  const notes = figures.reduce((sum, f) => sum + f.marginNotes.notes, 0);
  const problems = figures.flatMap((f) => f.marginNotes.problems);
  const worst = Math.max(0, ...figures.map((f) => f.marginNotes.worstOffsetPx));
  const detail = `${notes} notes on ${pages} source pages, at worst ${Math.round(worst)} px${problems.length > 0 ? `; ${problems.length} off, first ${problems[0]}` : ''}`;
  return { name, status: judge(problems.length === 0 && notes > 0), detail };
}

export function goalLines(list: readonly Goal[]): string[] {
  const width = Math.max(...list.map((g) => g.name.length));
  return list.map((g) => `- ${g.name.padEnd(width)}  ${g.status.padEnd(7)}  ${g.detail}`);
}
