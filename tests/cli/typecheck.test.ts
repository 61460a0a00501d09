/**
 * `astro check`: the TypeScript and Astro sources type-check without an
 * error. It runs here, beside the other site tests, rather than before
 * Vitest in `npm test`, so that its dozen seconds overlap theirs.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, userEnvironment } from '../support/build.ts';

// The CLI file itself: the package's exports do not name it.
const ASTRO = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

function astroCheck(): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [ASTRO, 'check', '--minimumSeverity', 'error'], { cwd: PROJECT_ROOT, env: userEnvironment({}) });
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    child.on('close', (status) => resolve({ status, output }));
  });
}

describe('astro check', () => {
  it('finds no type error in the sources and tests', async () => {
    const result = await astroCheck();
    expect(result.output).toMatch(/^- 0 errors$/mu);
    expect(result.status, result.output).toBe(0);
  });
});
