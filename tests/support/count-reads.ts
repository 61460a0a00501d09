/**
 * Preloaded with `node --import` by a test: records every file read under
 * COUNT_READS_UNDER to COUNT_READS_LOG, one absolute path a line, so the test
 * can count how often the build read each content file. It covers Node's fs
 * read calls (promises, callbacks, sync), which every reader goes through.
 */
import fs from 'node:fs';
import fsPromises from 'node:fs/promises';
import path from 'node:path';
import { syncBuiltinESMExports } from 'node:module';

const under = process.env['COUNT_READS_UNDER'];
const log = process.env['COUNT_READS_LOG'];

if (under && log) {
  const root = path.resolve(under) + path.sep;
  const record = (file: unknown) => {
    if (typeof file !== 'string' && !(file instanceof URL)) return;
    const absolute = path.resolve(file instanceof URL ? file.pathname : file);
    if (absolute.startsWith(root)) fs.appendFileSync(log, `${absolute}\n`);
  };
  const wrap = <T extends (...args: never[]) => unknown>(original: T): T =>
    function (this: unknown, ...args: Parameters<T>) {
      record(args[0]);
      return original.apply(this, args);
    } as T;
  fsPromises.readFile = wrap(fsPromises.readFile);
  fs.readFileSync = wrap(fs.readFileSync);
  fs.readFile = wrap(fs.readFile);
  syncBuiltinESMExports();
}
