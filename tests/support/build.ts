/** Running `npm run build` (src/cli/build.ts) the way a user does, for tests. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface BuildResult {
  readonly status: number | null;
  /** stdout and stderr together, as a terminal shows them. */
  readonly output: string;
}

/**
 * The environment of a user's shell: Vitest adds Vite's import.meta.env
 * variables (BASE_URL, MODE, …) to process.env, and Astro would read them.
 */
export function userEnvironment(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) && !key.startsWith('VITEST')),
  );
  return { ...inherited, ...env, FORCE_COLOR: '0', NO_COLOR: '1' };
}

export function runBuild(env: Record<string, string>): BuildResult {
  const result = spawnSync(process.execPath, ['src/cli/build.ts'], {
    cwd: PROJECT_ROOT,
    env: userEnvironment(env),
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

export function runCheck(env: Record<string, string>): BuildResult {
  const result = spawnSync(process.execPath, ['src/cli/check.ts'], {
    cwd: PROJECT_ROOT,
    env: userEnvironment(env),
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
