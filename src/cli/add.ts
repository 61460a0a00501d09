/**
 * `npm run add -- <file|-> [--title … --outlet … --published YYYY-MM-DD --url … --id …]`:
 * imports an article into the content folder (see add-command.ts).
 */
import process from 'node:process';
import { addCommand } from './add-command.ts';

process.exitCode = await addCommand(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  pid: process.pid,
});
