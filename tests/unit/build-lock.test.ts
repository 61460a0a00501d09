/**
 * The build lock (src/cli/build-lock.ts): however many builds start at once,
 * over the lock of a build that was killed, one holds it at a time, and each
 * gets it in the end.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';

const LOCK_MODULE = path.resolve(import.meta.dirname, '..', '..', 'src', 'cli', 'build-lock.ts');
/** A contender: at the given time, takes the lock, notes when it held it, holds it a moment, releases it. */
const CONTENDER = `
import { appendFileSync } from 'node:fs';
import { acquireBuildLock } from ${JSON.stringify(LOCK_MODULE)};
const [root, log, at] = process.argv.slice(1);
await new Promise((resolve) => setTimeout(resolve, Number(at) - Date.now()));
const lock = await acquireBuildLock(root, (message) => console.log(message));
appendFileSync(log, 'in ' + process.pid + '\\n');
await new Promise((resolve) => setTimeout(resolve, 300));
appendFileSync(log, 'out ' + process.pid + '\\n');
await lock.release();
`;

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function contend(log: string, at: number): Promise<{ pid: number; output: string; status: number | null }> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', CONTENDER, root, log, String(at)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ pid: child.pid!, output, status })));
}

it('lets one build at a time hold it, and exactly one take over the lock of a killed build', async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'build-lock-'));
  const log = path.join(root, 'log');
  writeFileSync(log, '');
  // The lock of a build that no longer runs: a process that has exited.
  const dead = spawnSync(process.execPath, ['-e', '']).pid;
  mkdirSync(path.join(root, '.astro'));
  writeFileSync(path.join(root, '.astro', 'build.lock'), JSON.stringify({ processes: [String(dead)], started: '2026-01-01T00:00:00.000Z', id: 'killed' }));

  // All at once, once each has started.
  const at = Date.now() + 2000;
  const contenders = await Promise.all(Array.from({ length: 5 }, () => contend(log, at)));
  expect(contenders.map((c) => c.status)).toEqual([0, 0, 0, 0, 0]);
  const lines = readFileSync(log, 'utf8').trim().split('\n');
  // Each "in" is followed by the same process's "out": no two held it at once.
  expect(lines).toEqual(lines.map((_, i) => `${i % 2 === 0 ? 'in' : 'out'} ${lines[i - (i % 2)]!.split(' ')[1]}`));
  expect(new Set(lines.map((line) => line.split(' ')[1]))).toEqual(new Set(contenders.map((c) => String(c.pid))));
  expect(contenders.filter((c) => c.output.includes(`Took over the build lock of process ${dead}, which is no longer running.`))).toHaveLength(1);
  expect(contenders.filter((c) => /Waiting for the build in process \d+ \(started /u.test(c.output)).length).toBeGreaterThanOrEqual(1);
  // Five Node processes that start together 2 s from now take 4–5 s on two idle cores: far from Vitest's 5 s default
  // only with room for a loaded machine.
}, 30_000);
