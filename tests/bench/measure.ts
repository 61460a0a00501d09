/**
 * Running one build step as a child process and measuring it: wall time,
 * peak memory, and the moment each line of its log appeared (to split the
 * time into phases); and measuring what it wrote (bytes, pages).
 *
 * Memory is measured two ways, because a build is several processes (Node
 * runs Astro and Vite; Vite starts esbuild; Pagefind's Node API and CLI run
 * the pagefind binary):
 *  - `peakTreeRss`: the highest sum of the resident set sizes of the whole
 *    process tree, sampled from /proc every 100 ms. This is what the machine
 *    must have free, and what the budget is checked against. It can miss a
 *    spike shorter than the interval, and counts pages shared between
 *    processes once per process.
 *  - `maxProcessRss`: GNU time's %M, the peak RSS of the largest single
 *    process of the tree (from the kernel, so exact), as a cross-check.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';

export interface LogLine {
  /** Milliseconds since the child was started. */
  readonly at: number;
  readonly text: string;
}

export interface RunResult {
  readonly wallMs: number;
  /** Highest sampled sum of RSS over the process tree, in bytes. */
  readonly peakTreeRss: number;
  /** Peak RSS of the largest single process (GNU time %M), in bytes; undefined without /usr/bin/time. */
  readonly maxProcessRss: number | undefined;
  /** CPU time (user + system) of the whole process tree (GNU time %U + %S), ms; undefined without /usr/bin/time. */
  readonly cpuMs: number | undefined;
  /**
   * CPU time the rest of the machine used meanwhile (all CPUs' busy time from
   * /proc/stat, minus the tree's and the benchmark's own), ms. Anything
   * sizeable means another job competed for the cores and slowed the build.
   */
  readonly otherCpuMs: number | undefined;
  /** CPU time of the benchmark process itself meanwhile (mostly the memory sampling), ms. */
  readonly ownCpuMs: number;
  readonly lines: readonly LogLine[];
  readonly exitCode: number | null;
}

export interface RunOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Give up after this long (the child is killed). */
  readonly timeoutMs?: number;
}

const GNU_TIME = '/usr/bin/time';
const SAMPLE_MS = 100;
const PAGE_SIZE = 4096;

/** Reads a small /proc file; a process can exit between listing and reading. */
const procFile = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

/**
 * Every process whose ancestry leads to `root`, with `root` itself. Only
 * pids from `root` up are read: descendants are started after their
 * ancestor, so (short of the pid counter wrapping around, which needs
 * millions of processes) they have higher pids. That keeps a scan to a few
 * reads, so sampling ten times a second costs the cores almost nothing.
 * Reads are synchronous: for a handful of tiny files that is cheaper than
 * a round trip through libuv's thread pool each.
 */
function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    // Every process, not only higher pids than the root's: pids wrap around.
    if (!Number.isInteger(pid) || pid === root) continue;
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so parse after the last ')'.
    const text = procFile(`/proc/${pid}/stat`);
    const ppid = Number(text.slice(text.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid) parents.set(pid, ppid);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  return tree;
}

/** Busy time of all CPUs since boot, ms, from the first line of /proc/stat (in USER_HZ = 100 ticks a second). */
async function machineBusyMs(): Promise<number | undefined> {
  const line = (await readFile('/proc/stat', 'utf8').catch(() => '')).split('\n')[0] ?? '';
  const ticks = line.split(/\s+/u).slice(1).map(Number);
  if (ticks.length < 5 || ticks.some(Number.isNaN)) return undefined;
  // user nice system idle iowait irq softirq steal …: all but idle and iowait is work.
  const total = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
  return (total - ticks[3]! - ticks[4]!) * 10;
}

const ownCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function treeRss(root: number): number {
  let total = 0;
  for (const pid of processTree(root)) {
    // /proc/<pid>/statm: "size resident shared …" in pages.
    total += Number(procFile(`/proc/${pid}/statm`).split(' ')[1] ?? 0) * PAGE_SIZE;
  }
  return total;
}

/**
 * Runs `command args` to completion and measures it. Output is not echoed
 * (a 10,000-page build logs 10,000 lines); it is kept, line by line with
 * arrival times, for the phase breakdown and for errors.
 */
export async function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const useTime = existsSync(GNU_TIME);
  const rssFile = path.join(os.tmpdir(), `bench-rss-${process.pid}-${Date.now()}`);
  const [file, argv] = useTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, command, ...args]] : [command, [...args]];

  const busyBefore = await machineBusyMs();
  const ownBefore = ownCpuMs();
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: LogLine[] = [];
  const collect = (stream: NodeJS.ReadableStream) => {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const at = performance.now() - started;
      const parts = (pending + chunk).split('\n');
      pending = parts.pop()!;
      for (const text of parts) lines.push({ at, text });
    });
    stream.on('end', () => pending && lines.push({ at: performance.now() - started, text: pending }));
  };
  collect(child.stdout!);
  collect(child.stderr!);

  let peakTreeRss = 0;
  const sampler = setInterval(() => {
    if (child.pid !== undefined) peakTreeRss = Math.max(peakTreeRss, treeRss(child.pid));
  }, SAMPLE_MS);
  const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;

  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  const wallMs = performance.now() - started;
  const busyAfter = await machineBusyMs();
  const ownMs = ownCpuMs() - ownBefore;
  clearInterval(sampler);
  if (timer) clearTimeout(timer);

  let maxProcessRss: number | undefined;
  let cpuMs: number | undefined;
  if (useTime) {
    // GNU time writes "Command exited with non-zero status N" first on failure: take the last line.
    const [kib, user, system] = ((await readFile(rssFile, 'utf8').catch(() => '')).trim().split('\n').pop() ?? '').split(' ').map(Number);
    maxProcessRss = kib && kib > 0 ? kib * 1024 : undefined;
    cpuMs = user !== undefined && system !== undefined && !Number.isNaN(user + system) ? (user + system) * 1000 : undefined;
    await rm(rssFile, { force: true });
  }
  const otherCpuMs =
    cpuMs !== undefined && busyBefore !== undefined && busyAfter !== undefined ? Math.max(0, busyAfter - busyBefore - cpuMs - ownMs) : undefined;
  return { wallMs, peakTreeRss, maxProcessRss, cpuMs, otherCpuMs, ownCpuMs: ownMs, lines, exitCode };
}

/** Throws with the end of the log when a step failed, so the report says why. */
export function assertSucceeded(what: string, result: RunResult): void {
  if (result.exitCode !== 0) throw failureOf(what, result);
}

/** The error of a run that failed: its exit code and the last lines of its output. */
export function failureOf(what: string, result: RunResult): Error {
  const tail = result.lines.slice(-40).map((l) => l.text).join('\n');
  return new Error(`${what} failed (exit ${result.exitCode}). Last lines of its output:\n${tail}`);
}

export interface OutputSize {
  /** Bytes of all files under the folder. */
  readonly bytes: number;
  /** Bytes under its `pagefind/` subfolder (the search index and UI). */
  readonly indexBytes: number;
  /** Number of HTML pages. */
  readonly pages: number;
  /** The biggest HTML file: its path relative to the folder, and its bytes (as a static host serves it, uncompressed). */
  readonly largestPage: { readonly path: string; readonly bytes: number };
}

async function walk(dir: string, visit: (file: string, bytes: number) => void): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, visit);
    else if (entry.isFile()) visit(full, (await stat(full)).size);
  }
}

/** What a build wrote into `dist`. */
export async function measureOutput(dist: string): Promise<OutputSize> {
  let bytes = 0;
  let indexBytes = 0;
  let pages = 0;
  let largestPage = { path: '', bytes: 0 };
  const index = path.join(dist, 'pagefind') + path.sep;
  await walk(dist, (file, size) => {
    bytes += size;
    if (file.startsWith(index)) indexBytes += size;
    if (!file.endsWith('.html')) return;
    pages++;
    if (size > largestPage.bytes) largestPage = { path: path.relative(dist, file), bytes: size };
  });
  return { bytes, indexBytes, pages, largestPage };
}

/** Milliseconds from the start of a run to the first log line matching `pattern`. */
export function lineTime(lines: readonly LogLine[], pattern: RegExp): number | undefined {
  return lines.find((l) => pattern.test(l.text))?.at;
}

