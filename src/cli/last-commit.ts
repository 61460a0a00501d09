/**
 * A content file as the last git commit has it, for `npm run check` to compare
 * key judgments against (the build never asks git). The repository is the one
 * holding the file, which need not be the project's.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { LastCommitted } from '../lib/dossier/check.ts';

const run = promisify(execFile);

/** `git show HEAD:<file>` for files relative to `root`; undefined outside a repository, before the first commit, or for a new file. */
export function lastCommittedIn(root: string): LastCommitted {
  return async (file) => {
    const absolute = path.resolve(root, file);
    try {
      const { stdout } = await run('git', ['-C', path.dirname(absolute), 'show', `HEAD:./${path.basename(absolute)}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      return stdout;
    } catch {
      return undefined;
    }
  };
}
