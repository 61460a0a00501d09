/** Running the project's CLIs (`npm run build`, `npm run check`) the way a user does, for tests and the benchmark. */
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import path from 'node:path';

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

/** Runs one of the project's CLIs (src/cli/<name>.ts) as a user would. */
function runCli(name: string, env: Record<string, string>, timeout: number): BuildResult {
  const result = spawnSync(process.execPath, [`src/cli/${name}.ts`], { cwd: PROJECT_ROOT, env: userEnvironment(env), encoding: 'utf8', timeout });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Copies the seed dossier's content folder to `dest`, for a test to change or build. */
export function copySeedContent(dest: string): void {
  cpSync(path.join(PROJECT_ROOT, 'content'), dest, { recursive: true });
}

/** `npm run build`. */
export const runBuild = (env: Record<string, string>) => runCli('build', env, 300_000);

/** `npm run check`. */
export const runCheck = (env: Record<string, string>) => runCli('check', env, 120_000);
