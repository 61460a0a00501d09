/**
 * Astro's servers on a free loopback port, started as a user would: `astro
 * dev` (`npm run dev`) and `astro preview` (`npm run preview`), for tests and
 * the benchmark: waits until it serves, keeps its output, and stops its whole
 * process group.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { PROJECT_ROOT, userEnvironment } from './build.ts';

export interface DevServer {
  readonly url: string;
  /** Everything it printed so far, stdout and stderr together. */
  output(): string;
  close(): Promise<void>;
}

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** `astro <args>` on `port`, until `ready` says it serves. */
async function startAstroServer(args: readonly string[], port: number, env: Record<string, string>, ready: (output: string) => Promise<boolean>, timeoutMs: number): Promise<DevServer> {
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', ...args, '--host', '127.0.0.1', '--port', String(port)], {
    cwd: PROJECT_ROOT,
    env: userEnvironment(env),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Its own process group gets no Ctrl-C from the terminal: stop it if this process exits first.
  const stopOnExit = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', stopOnExit);
  void exited.then(() => process.off('exit', stopOnExit));
  const close = async () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      return;
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (!(await ready(output))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await close();
      throw new Error(`astro ${args[0]} did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url: `http://127.0.0.1:${port}`, output: () => output, close };
}

export async function startDevServer(env: Record<string, string>, timeoutMs = 60_000): Promise<DevServer> {
  return startAstroServer(['dev'], await freePort(), env, async (output) => /watching for file changes/u.test(output), timeoutMs);
}

/**
 * `astro preview` of the site built into `outDir`. `--ignore-lock`: several
 * may run at once (Astro 7 otherwise allows one preview per project).
 */
export async function startPreviewServer(outDir: string, env: Record<string, string> = {}, timeoutMs = 60_000): Promise<DevServer> {
  const port = await freePort();
  const serves = () => fetch(`http://127.0.0.1:${port}/`).then((response) => response.ok, () => false);
  return startAstroServer(['preview', '--outDir', outDir, '--ignore-lock'], port, env, serves, timeoutMs);
}
