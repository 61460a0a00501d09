/**
 * Where the project under test is, and the environment its builds run in.
 */
import path from 'node:path';

/** The dossier project: two levels up from src/bench/. */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');

/**
 * The environment of every measured build: the user's, without settings
 * that would change what is built or where it is served, with colour off
 * (the log is parsed) and Astro's telemetry off (no network in a timing).
 */
export function buildEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  delete env['DOSSIER_BASE'];
  delete env['DOSSIER_SITE'];
  // The benchmark's Node (22, from node_modules/.bin) runs every child, even the CLIs' shebangs.
  env['PATH'] = `${path.dirname(process.execPath)}${path.delimiter}${env['PATH'] ?? ''}`;
  return env;
}
