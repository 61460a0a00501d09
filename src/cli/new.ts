/**
 * `npm run new -- <folder>`: writes a new dossier into <folder> (relative to
 * the project, as DOSSIER_CONTENT is): a briefing, one topic citing one
 * example article, and empty claims, timeline, entities and origins, which
 * `npm run check` passes and `npm run build` builds as they are. Refuses a
 * folder that exists and is not empty. The day it writes as `updated` and
 * `published` is today, or DOSSIER_TODAY.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { checkDay } from '../lib/config/options.ts';
import { newDossierFiles } from '../lib/scaffold/new-dossier.ts';

function newDossier(args: readonly string[]): number {
  if (args.length !== 1 || args[0]!.startsWith('-')) {
    process.stderr.write('Usage: npm run new -- <folder>   (a folder that does not exist yet, or is empty)\n');
    return 1;
  }
  const folder = args[0]!;
  const target = path.resolve(process.cwd(), folder);
  let existing: string[] = [];
  try {
    existing = readdirSync(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') {
      process.stderr.write(`${folder} is a file, not a folder: name a new folder for the dossier.\n`);
      return 1;
    }
    if (code !== 'ENOENT') throw error;
  }
  if (existing.length > 0) {
    process.stderr.write(`${folder} is not empty (it holds ${existing.length === 1 ? existing[0] : `${existing.length} entries`}): nothing was written. Name a new or empty folder.\n`);
    return 1;
  }
  let today: string;
  try {
    today = checkDay(process.env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  const files = newDossierFiles(today);
  for (const [file, text] of files) {
    const destination = path.join(target, file);
    if (file.endsWith('/')) {
      mkdirSync(destination, { recursive: true });
      continue;
    }
    mkdirSync(path.dirname(destination), { recursive: true });
    // 'wx': never overwrite, should the folder fill up meanwhile.
    writeFileSync(destination, text, { flag: 'wx' });
  }
  const env = `DOSSIER_CONTENT=${/[^\w./-]/u.test(folder) ? `'${folder.replace(/'/gu, `'\\''`)}'` : folder}`;
  process.stdout.write(
    [
      `Wrote a new dossier into ${folder}: ${[...files.keys()].join(', ')}.`,
      '',
      'Next steps:',
      `  ${env} npm run check            validate it (file:line:column for every problem)`,
      `  ${env} npm run add -- <file>    import an article into its articles/`,
      `  ${env} npm run dev              preview it live while you edit`,
      `  ${env} npm run build            build the site into dist/`,
      `  ${env} npm test                 run the project's checks on it`,
      '',
    ].join('\n'),
  );
  return 0;
}

process.exitCode = newDossier(process.argv.slice(2));
