/** Running the project's CLIs (`npm run build`, `npm run check`, `astro build`) the way a user does, in this checkout or in a copy of it, for tests and the benchmark. */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { allFiles } from './html.ts';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface BuildResult {
  readonly status: number | null;
  /** stdout and stderr together, as a terminal shows them. */
  readonly output: string;
}

/**
 * The environment of a user's shell with `env` set, and only those dossier
 * settings: without Vite's import.meta.env variables, which Vitest adds to
 * process.env (BASE_URL, MODE, …) and Astro would read, and without any
 * DOSSIER_* of the caller's shell. Colour is off (output is parsed), so is
 * Astro's telemetry (no network in a test or a timing), and this Node (22,
 * from node_modules/.bin) comes first on PATH, so the CLIs' shebangs run it too.
 */
export function userEnvironment(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) && !key.startsWith('VITEST') && !key.startsWith('DOSSIER_'),
    ),
  );
  const PATH = `${path.dirname(process.execPath)}${path.delimiter}${process.env['PATH'] ?? ''}`;
  return { ...inherited, ...env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', PATH };
}

const cliScript = (name: string) => `src/cli/${name}.ts`;

/** What a checkout holds besides its content and its tests: all the CLIs need. */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * Makes `dir` another checkout of the project, as a second clone would be:
 * its files copied, its installed packages (and node_modules/.bin) linked
 * from this one, and its own `.astro/`, caches (the dot-folders of
 * node_modules are state, not packages) and build lock. Tests that build do
 * so in a checkout of their own, so that they run beside each other and
 * beside the shared builds instead of queuing at one checkout's build lock.
 *
 * For `npm run build` only: it has no content folder (give DOSSIER_CONTENT),
 * and `astro dev` would refuse to serve the linked packages, which lie
 * outside it. Returns `dir`.
 */
export function projectCopy(dir: string): string {
  for (const entry of PROJECT_FILES) cpSync(path.join(PROJECT_ROOT, entry), path.join(dir, entry), { recursive: true });
  const modules = path.join(PROJECT_ROOT, 'node_modules');
  mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  for (const entry of readdirSync(modules)) {
    if (!entry.startsWith('.') || entry === '.bin') symlinkSync(path.join(modules, entry), path.join(dir, 'node_modules', entry));
  }
  return dir;
}

/** Runs one of the project's CLIs (src/cli/<name>.ts) in the checkout at `root`, as a user would. */
function runCli(name: string, env: Record<string, string>, timeout: number, root: string, args: readonly string[] = []): BuildResult {
  const result = spawnSync(process.execPath, [cliScript(name), ...args], { cwd: root, env: userEnvironment(env), encoding: 'utf8', timeout });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/**
 * A command as spawnSync runs it (`env` as in userEnvironment, killed after
 * `timeoutMs`), without blocking: for builds that run side by side.
 */
export function runSideBySide(command: string, args: readonly string[], { cwd, env, shell = false, timeoutMs = 300_000 }: { cwd: string; env: Record<string, string>; shell?: boolean; timeoutMs?: number }): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: userEnvironment(env), shell, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output });
    });
  });
}

/** Copies the seed dossier's content folder to `dest`, for a test to change or build. */
export function copySeedContent(dest: string): void {
  cpSync(path.join(PROJECT_ROOT, 'content'), dest, { recursive: true });
}

/** `npm run build`, in this checkout or in the one at `root` (see projectCopy). */
export const runBuild = (env: Record<string, string>, root = PROJECT_ROOT) => runCli('build', env, 300_000, root);

/** `npm run check`. */
export const runCheck = (env: Record<string, string>) => runCli('check', env, 120_000, PROJECT_ROOT);

/** `npm run new -- <folder>`. */
export const runNew = (folder: string, env: Record<string, string> = {}) => runCli('new', env, 60_000, PROJECT_ROOT, [folder]);

/** A build running in the background, in a process group of its own, like a build started from a terminal. */
export interface BackgroundBuild {
  /** The process id of `node src/cli/build.ts`. */
  readonly pid: number;
  /** stdout and stderr so far. */
  output(): string;
  /** Resolves when a line of output matches `pattern`; rejects when the build ends first. */
  lineMatching(pattern: RegExp): Promise<string>;
  /** SIGKILL to the whole process group: the build, Astro's process, Pagefind's. */
  killAll(): void;
  readonly exited: Promise<{ readonly status: number | null; readonly signal: NodeJS.Signals | null }>;
}

/** Starts `npm run build` in the checkout at `root` without waiting for it. */
export function startBackgroundBuild(env: Record<string, string>, root = PROJECT_ROOT): BackgroundBuild {
  const child = spawn(process.execPath, [cliScript('build')], { cwd: root, env: userEnvironment(env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const waiting = new Set<() => void>();
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      for (const check of waiting) check();
    });
  }
  const exited = new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (status, signal) => resolve({ status, signal })));
  return {
    pid: child.pid!,
    output: () => output,
    lineMatching: (pattern) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const line = output.split('\n').find((l) => pattern.test(l));
          if (line === undefined) return;
          waiting.delete(check);
          resolve(line);
        };
        waiting.add(check);
        check();
        void exited.then(() => {
          if (waiting.delete(check)) reject(new Error(`The build ended without printing a line matching ${pattern}:\n${output}`));
        });
      }),
    killAll: () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch (error) {
        // ESRCH: it had already finished.
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
      }
    },
    exited,
  };
}

/** Every file under `dir` (following links) with a hash of its bytes, in order: two equal listings are the same files. */
export function folderFingerprint(dir: string): string[] {
  return allFiles(dir)
    .sort()
    .map((file) => `${file} ${createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex')}`);
}
