/**
 * `npm test`: the type check (`astro check`) and the Vitest suite, side by
 * side. Much of the suite waits on Chromium and on single-threaded builds,
 * so the type check, at a lower priority, takes cores that would otherwise
 * idle instead of adding its time before the tests. Vitest's output streams
 * as usual; the type check's follows it. Fails if either fails.
 *
 *   node tests/run.ts [vitest arguments…]
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
// The CLI files themselves: the packages' exports do not name them.
const astroCli = path.join(path.dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
const vitestCli = path.join(path.dirname(require.resolve('vitest/package.json')), 'vitest.mjs');

function run(command: string, args: string[], captured: boolean): Promise<{ status: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: captured ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += String(chunk)));
    child.stderr?.on('data', (chunk) => (output += String(chunk)));
    child.on('close', (code, signal) => resolve({ status: code ?? (signal ? 1 : 0), output }));
  });
}

const typecheck = run('nice', ['-n', '10', process.execPath, astroCli, 'check', '--minimumSeverity', 'error'], true);
const tests = run(process.execPath, [vitestCli, 'run', '--config', 'tests/vitest.config.ts', ...process.argv.slice(2)], false);

const [checked, tested] = await Promise.all([typecheck, tests]);
const summary = checked.output.trim().split('\n').filter((line) => /^(Result|- \d+ (errors|warnings|hints))/u.test(line.trim()));
console.log(`\nType check (astro check): ${checked.status === 0 ? 'passed' : 'FAILED'}`);
console.log(checked.status === 0 ? summary.join('\n') : checked.output);
process.exitCode = checked.status !== 0 || tested.status !== 0 ? 1 : 0;
