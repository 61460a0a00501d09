/**
 * The project's commands run in the test's own process: a new Node per run
 * is most of the time of a test that runs a command many times. The CLIs'
 * own wiring (arguments, streams, exit status) is run as processes elsewhere
 * (build.ts, and the tests that build, add on a terminal or kill a run).
 */
import { Writable } from 'node:stream';
import { checkCommand } from '../../src/cli/check-command.ts';
import { PROJECT_ROOT, type BuildResult } from './build.ts';

/** A stream that keeps what is written to it. */
export class Output extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += String(chunk);
    done();
  }
}

/** `npm run check` with only `env`'s DOSSIER_* settings: its exit status, and stdout then stderr, as runCheck gives them. */
export async function checkInProcess(env: Record<string, string>): Promise<BuildResult> {
  const stdout = new Output();
  const stderr = new Output();
  const status = await checkCommand({ cwd: PROJECT_ROOT, env, stdout, stderr });
  return { status, output: `${stdout.text}${stderr.text}` };
}
