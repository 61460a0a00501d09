/**
 * `npm run bench`: how the dossier's build scales against a plain Astro +
 * Pagefind site over the same articles, and what a reader's browser pays.
 *
 *   node tests/bench/run.ts [--sizes 100,1000] [--with-10000] [--skip-browser] [--seed N]
 *
 * After one unmeasured warm-up build, for each size N it generates a
 * synthetic dossier of N articles in a temp folder, builds it clean,
 * measures it in Chromium, builds the baseline over the same articles, and
 * (for the largest N ≤ 1,000) adds one article with `npm run add` and
 * rebuilds, then times `astro dev` showing one more added article. Then it prints the tables and
 * the goals. Progress goes to stderr, the report to stdout. Temp folders and
 * caches are removed at the end.
 */
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateDossier, makeArticle } from './generate.ts';
import { addArticleAsUser, buildDossier, cacheDirFor, removeDossierCache, tryDossierBuild } from './dossier.ts';
import { buildBaseline, createBaseline, tryBaselineBuild } from './baseline.ts';
import { CHROMIUM_PATH, launchChromium } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { measureInBrowser } from './browser.ts';
import { measureDevUpdate } from './dev.ts';
import {
  browserNotes, browserTable, buildNotes, buildTable, cpuNote, devLine, earlierBudgets, goalLines, goals, hugeLines, phaseTable, rebuildLine, type HugeResult, type SizeResult,
} from './report.ts';
import { count, seconds } from './table.ts';
import type { BuildMeasurement } from './phases.ts';

const DEFAULT_SIZES = [100, 1000];
const USAGE = `usage: node tests/bench/run.ts [--sizes 100,1000] [--with-10000] [--runs N] [--skip-browser] [--seed N]

  --sizes a,b,…    article counts to run (default 100,1000). A list of sizes all above
                   1,000 (e.g. --sizes 10000) runs them in addition to the defaults,
                   which the 1,000 goals need.
  --with-10000     add 10,000 articles to the sizes
  --runs N         clean builds of the dossier and of the baseline at each size,
                   alternating (dossier, baseline, dossier, …); the report gives the
                   median run of each, the spread, and the ratio of the medians
                   (default 1: one run each, for quick checks)
  --skip-browser   no Chromium measurements
  --seed N         seed of the synthetic dossiers (default 1)`;

interface Options {
  readonly sizes: readonly number[];
  readonly runs: number;
  readonly skipBrowser: boolean;
  readonly seed: number;
}

function parseOptions(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: 'string' },
      'with-10000': { type: 'boolean', default: false },
      'skip-browser': { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      runs: { type: 'string', default: '1' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  let sizes = DEFAULT_SIZES;
  if (values.sizes !== undefined) {
    const asked = values.sizes.split(',').map((s) => Number(s.replaceAll('_', '').trim()));
    if (asked.length === 0 || asked.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes takes whole numbers separated by commas, not "${values.sizes}"`);
    sizes = asked.every((n) => n > 1000) ? [...DEFAULT_SIZES, ...asked] : asked;
  }
  if (values['with-10000']) sizes = [...sizes, 10000];
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed takes a whole number, not "${values.seed}"`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number of at least 1, not "${values.runs}"`);
  return { sizes: [...new Set(sizes)].sort((a, b) => a - b), runs, skipBrowser: values['skip-browser'], seed };
}

const progress = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

async function version(pkg: string): Promise<string> {
  const json = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string };
  return json.version;
}

/** Where one run keeps its files: everything under one temp folder, removed at the end. */
interface Workspace {
  readonly dir: string;
  /** The baseline's Vite dependency cache, shared by its builds of every size (see baseline.ts). */
  readonly baselineViteCache: string;
}

const folders = (work: Workspace, name: string) => ({
  content: path.join(work.dir, `content-${name}`),
  out: path.join(work.dir, `dossier-${name}`),
  baseline: path.join(work.dir, `baseline-${name}`),
});

async function removeFolders(f: ReturnType<typeof folders>): Promise<void> {
  await removeDossierCache(f.content);
  for (const dir of [f.content, f.out, f.baseline]) await rm(dir, { recursive: true, force: true });
}

/**
 * One unmeasured build of a small dossier and of its baseline. The first
 * build after a change of Vite config re-optimises dependencies and reads
 * node_modules from disk; without this, that would land on whichever build
 * happened to come first.
 */
async function warmUp(work: Workspace, seed: number): Promise<void> {
  const f = folders(work, 'warm-up');
  try {
    progress('warming up: one small dossier and baseline build, not measured');
    await generateDossier(f.content, 20, seed);
    await buildDossier(f.content, f.out, 'clean');
    await createBaseline(f.baseline, path.join(f.content, 'articles'), work.baselineViteCache);
    await buildBaseline(f.baseline);
  } finally {
    await removeFolders(f);
  }
}

/** The share of the machine's CPU that other processes may take during a timed build before the report warns. */
const OTHERS_CPU_LIMIT = 0.1;

/** A warning when other processes used more than a tenth of the machine's CPU while `m` ran: its figure is suspect. */
function busyMachine(label: string, m: BuildMeasurement): string[] {
  if (m.run.otherCpuMs === undefined) return [];
  const share = m.run.otherCpuMs / (m.run.wallMs * os.cpus().length);
  return share > OTHERS_CPU_LIMIT ? [`other processes used ${(share * 100).toFixed(0)}% of the CPU during ${label} (${seconds(m.run.wallMs)} s): its time is suspect`] : [];
}

/** The run of median wall time (of an even number, the faster of the middle two): its phases and sizes are one run's. */
function medianRun(runs: readonly BuildMeasurement[]): BuildMeasurement {
  const sorted = [...runs].sort((a, b) => a.run.wallMs - b.run.wallMs);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Runs every measurement for one size; the temp folders of that size are removed before returning. */
async function measureSize(work: Workspace, articles: number, options: Options, measure: { rebuild: boolean; dev: boolean }): Promise<SizeResult> {
  const f = folders(work, String(articles));
  const step = (message: string) => progress(`N=${count(articles)}: ${message}`);
  try {
    step('generating the dossier');
    const generated = await generateDossier(f.content, articles, options.seed);

    step('clean dossier build');
    const dossier = await buildDossier(f.content, f.out, 'clean');
    step(`dossier built in ${seconds(dossier.run.wallMs)} s`);

    let browser;
    if (!options.skipBrowser) {
      step('measuring in Chromium');
      // Launched only now, so an idle browser never shares the CPU with a timed build.
      const chromium = await launchChromium();
      try {
        browser = await measureInBrowser(chromium, f.out, generated.topicSlugs[0]!, generated.searchWord);
      } finally {
        await chromium.close();
      }
    }

    // The baseline reads the same article files, so it is built before the rebuild adds one.
    step('clean baseline build');
    await createBaseline(f.baseline, path.join(f.content, 'articles'), work.baselineViteCache);
    const baselines = [await buildBaseline(f.baseline)];
    step(`baseline built in ${seconds(baselines[0]!.run.wallMs)} s`);
    // Further runs alternate, so that a slow spell of the machine falls on both builds alike.
    const dossiers = [dossier];
    for (let run = 2; run <= options.runs; run += 1) {
      step(`run ${run} of ${options.runs}: clean dossier build`);
      dossiers.push(await buildDossier(f.content, f.out, 'clean'));
      step(`run ${run} of ${options.runs}: dossier built in ${seconds(dossiers.at(-1)!.run.wallMs)} s; clean baseline build`);
      baselines.push(await buildBaseline(f.baseline));
      step(`run ${run} of ${options.runs}: baseline built in ${seconds(baselines.at(-1)!.run.wallMs)} s`);
    }

    let rebuild;
    let dev;
    if (measure.rebuild) {
      // The last clean build left its caches: this is the rebuild a CI run that restores them does.
      step('adding one article (npm run add) and rebuilding');
      await addArticleAsUser(f.content, options.seed, articles);
      rebuild = await buildDossier(f.content, f.out, 'incremental');
      step(`rebuilt in ${seconds(rebuild.run.wallMs)} s`);
    }
    if (measure.dev) {
      step('astro dev: adding one more article and waiting for its page');
      dev = await measureDevUpdate(f.content, options.seed, articles + (measure.rebuild ? 1 : 0), makeArticle(options.seed, 0).id);
      step(dev.updateMs === undefined ? 'its page did not appear' : `its page appeared after ${dev.updateMs.toFixed(0)} ms`);
    }
    return {
      articles,
      generated,
      dossier: medianRun(dossiers),
      baseline: medianRun(baselines),
      runs: { dossierMs: dossiers.map((m) => m.run.wallMs), baselineMs: baselines.map((m) => m.run.wallMs) },
      busy: [
        ...dossiers.flatMap((m, i) => busyMachine(`dossier build ${i + 1} at N=${count(articles)}`, m)),
        ...baselines.flatMap((m, i) => busyMachine(`baseline build ${i + 1} at N=${count(articles)}`, m)),
        ...(rebuild ? busyMachine(`the rebuild at N=${count(articles)}`, rebuild) : []),
      ],
      ...(rebuild ? { rebuild } : {}),
      ...(dev ? { dev } : {}),
      ...(browser ? { browser } : {}),
    };
  } finally {
    await removeFolders(f);
  }
}

/** Sizes above this get one clean build of each, no browser, no rebuild, and a failure is reported rather than fatal. */
const HUGE = 10000;

/** One clean build of the dossier and of the baseline at a huge size; either may fail (memory, Astro's limits). */
async function measureHugeSize(work: Workspace, articles: number, seed: number): Promise<HugeResult> {
  const f = folders(work, String(articles));
  const step = (message: string) => progress(`N=${count(articles)}: ${message}`);
  try {
    step('generating the dossier');
    await generateDossier(f.content, articles, seed);
    step('clean dossier build (one run; it may fail)');
    const dossier = await tryDossierBuild(f.content, f.out);
    step('failed' in dossier ? `dossier build failed after ${seconds(dossier.failed.wallMs)} s` : `dossier built in ${seconds(dossier.run.wallMs)} s`);
    // Its output is not needed any more, and the baseline's needs the disk.
    await rm(f.out, { recursive: true, force: true });
    await removeDossierCache(f.content);
    step('clean baseline build (one run; it may fail)');
    await createBaseline(f.baseline, path.join(f.content, 'articles'), work.baselineViteCache);
    const baseline = await tryBaselineBuild(f.baseline);
    step('failed' in baseline ? `baseline build failed after ${seconds(baseline.failed.wallMs)} s` : `baseline built in ${seconds(baseline.run.wallMs)} s`);
    return { articles, dossier, baseline };
  } finally {
    await removeFolders(f);
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!options.skipBrowser && !existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not at ${CHROMIUM_PATH}: install Debian's package (apt-get install -y chromium), set CHROMIUM_PATH, or pass --skip-browser.`);
  }
  const started = performance.now();
  const cpu = os.cpus();
  const script = path.relative(process.cwd(), process.argv[1]!) || process.argv[1]!;
  // The report's first lines, printed before anything runs so that even a failed run says what it was.
  console.log(`Command: ${[path.basename(process.argv0), script, ...process.argv.slice(2)].join(' ')}${process.env['npm_lifecycle_event'] === 'bench' ? '   (via npm run bench)' : ''}`);
  console.log(`Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 1e9).toFixed(1)} GB RAM; Node ${process.version}; Astro ${await version('astro')}; Pagefind ${await version('pagefind')}; seed ${options.seed}; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);

  const updateSize = Math.max(...options.sizes.filter((n) => n <= 1000), -1);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dossier-bench-'));
  const work: Workspace = { dir, baselineViteCache: path.join(dir, 'baseline-vite-cache') };
  // Ctrl-C must not leave gigabytes behind: the children get the signal too; this removes their folders.
  process.once('SIGINT', () => {
    for (const name of ['warm-up', ...options.sizes.map(String)]) rmSync(cacheDirFor(folders(work, name).content), { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  });
  const results: SizeResult[] = [];
  const huge: HugeResult[] = [];
  try {
    await warmUp(work, options.seed);
    for (const articles of options.sizes) {
      if (articles > HUGE) {
        huge.push(await measureHugeSize(work, articles, options.seed));
        continue;
      }
      const rebuild = articles === updateSize || articles === 1000 || articles === 10000;
      results.push(await measureSize(work, articles, options, { rebuild, dev: articles === updateSize }));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  const report = [
    '',
    '## Build: dossier vs. plain Astro + Pagefind over the same articles',
    '',
    buildTable(results),
    '',
    ...buildNotes(results).map((n) => `- ${n}`),
    `- ${cpuNote(results)}`,
    ...results.flatMap((r) => r.busy).map((warning) => `- **Warning:** ${warning}.`),
    '',
    rebuildLine(results),
    '',
    ...(huge.length > 0 ? ['## Beyond 10,000 articles: one clean build of each, no browser', '', ...hugeLines(huge).map((line) => `- ${line}`), ''] : []),
    devLine(results),
    '',
    '## Where the time goes',
    '',
    phaseTable(results),
    '',
    '- Phases are split by when each of Astro\'s log lines arrived (start-up → "Syncing content" → "Synced content" → "generating static routes" → "Completed in" → "page(s) built in" → exit). The dossier loads and verifies its content during content sync (its loader), and runs Pagefind (its Node API) in its build:done hook (timed by its own log lines); after Astro\'s process has exited, npm run build publishes the build.',
    ...(options.skipBrowser ? [] : ['', '## Browser', '', browserTable(results), '', ...browserNotes(results).map((n) => `- ${n}`)]),
    '',
    '## Goals',
    '',
    ...goalLines(goals(results, huge)),
    '',
    '## Earlier budgets, no longer goals (for comparison with earlier reports; worst of the sizes measured)',
    '',
    ...goalLines(earlierBudgets(results, options.skipBrowser)),
    '',
    `Benchmark wall time: ${seconds(performance.now() - started)} s.`,
  ];
  console.log(report.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
