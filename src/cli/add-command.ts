/**
 * `npm run add -- <file|-> [--title … --outlet … --published YYYY-MM-DD --url … --id …]`
 *
 * Imports an article (plain text, Markdown with or without frontmatter, or an
 * HTML page) into content/articles/<id>.md. Writes nothing when anything is
 * wrong, never overwrites a file, and prints the written file's path last.
 *
 * The command is a function of its arguments and streams, returning the exit
 * status, so that tests can run it in their own process; `add.ts` runs it as
 * the CLI.
 */
import { readFile, readdir, writeFile, mkdir, link, unlink } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { FIELD_FLAGS, type FieldFlag, REQUIRED_FIELDS } from '../lib/importing/fields.ts';
import { decodeInput, readAtMost, readFileAtMost } from '../lib/importing/input.ts';
import { clipQuotedValues } from '../lib/text/clip.ts';
import { acquireLock, type LockMessages } from './build-lock.ts';
import { isRunning } from '../lib/processes.ts';

/**
 * The modules that read the dossier and import an article: most of the
 * command's memory (100 MB and more), so loaded only once the input is read
 * and decoded. An input refused unread (too large, not text) costs little
 * more than Node itself.
 */
async function loadImporter() {
  const [importing, frontmatter, dates, dossier, options, schema, errorMap] = await Promise.all([
    import('../lib/importing/import-article.ts'),
    import('../lib/content/frontmatter.ts'),
    import('../lib/dates/partial-date.ts'),
    import('../lib/dossier/load.ts'),
    import('./project-options.ts'),
    import('../schemas/article.ts'),
    import('../schemas/error-map.ts'),
  ]);
  return {
    importArticle: importing.importArticle,
    conflictsWithExisting: importing.conflictsWithExisting,
    bodyOf: frontmatter.bodyOf,
    isoDayOf: dates.isoDayOf,
    contentLayout: dossier.contentLayout,
    projectOptions: options.projectOptions,
    ArticleSchema: schema.ArticleSchema,
    formatIssue: errorMap.formatIssue,
  };
}

const USAGE = 'Usage: npm run add -- <file|-> [--title TEXT] [--outlet TEXT] [--published YYYY-MM-DD] [--url URL] [--id ID]';

/** Where the command reads and writes, and who it is. */
export interface AddCommandContext {
  /** The project folder: astro.config.mjs and the content folder are found from it. */
  readonly cwd: string;
  /** The environment, for the DOSSIER_* overrides. */
  readonly env: Record<string, string | undefined>;
  /** Read for `-`, and for answers on a terminal. */
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** Names this run's temporary file, so that a later run can tell it was abandoned. */
  readonly pid: number;
}

/** Thrown to stop the command: its messages are printed, then "Nothing was written.". */
class Refusal extends Error {
  readonly messages: readonly string[];
  constructor(messages: readonly string[]) {
    super(messages.join('\n'));
    this.messages = messages;
  }
}

function refuse(messages: readonly string[]): never {
  throw new Refusal(messages);
}

/** Runs `npm run add` with `args`; resolves to its exit status. */
export async function addCommand(args: readonly string[], context: AddCommandContext): Promise<number> {
  try {
    await add(args, context);
    return 0;
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    for (const message of error.messages) context.stderr.write(`${clipQuotedValues(message)}\n`);
    context.stderr.write('Nothing was written.\n');
    return 1;
  }
}

async function add(args: readonly string[], context: AddCommandContext): Promise<void> {
  const { cwd: root, stdin, stdout, stderr } = context;
  const say = (text: string) => stdout.write(`${text}\n`);

  let parsed: ReturnType<typeof parseArgs<{ options: Record<FieldFlag, { type: 'string' }>; allowPositionals: true }>>;
  try {
    parsed = parseArgs({
      args: [...args],
      options: Object.fromEntries(FIELD_FLAGS.map((f) => [f, { type: 'string' as const }])) as Record<FieldFlag, { type: 'string' }>,
      allowPositionals: true,
    });
  } catch (error) {
    refuse([`${(error as Error).message}`, USAGE]);
  }
  const [input, ...extra] = parsed.positionals;
  if (!input || extra.length > 0) refuse([USAGE]);
  const inputName = input === '-' ? '<stdin>' : input;

  // Never more than the content limit is read (input.ts).
  const read = input === '-' ? await readAtMost(stdin) : await readFileAtMost(path.resolve(root, input));
  if (read === undefined) refuse([`${inputName}: cannot read the file.`]);
  if (!read.ok) refuse([`${inputName}: ${read.message}`]);
  const bytes = read.bytes;
  if (bytes.byteLength === 0) refuse([`${inputName}: the input is empty.`]);
  const decoded = decodeInput(bytes);
  if (!decoded.ok) refuse([`${inputName}: ${decoded.message}`]);
  if (decoded.text.trim() === '') refuse([`${inputName}: the input is empty.`]);

  const { importArticle, conflictsWithExisting, bodyOf, isoDayOf, contentLayout, projectOptions, ArticleSchema, formatIssue } = await loadImporter();

  const articlesDir = contentLayout((await projectOptions(root, context.env)).content).articles;
  const absoluteArticles = path.resolve(root, articlesDir);
  const existing = await readExisting(absoluteArticles, articlesDir, bodyOf);

  const flags: Partial<Record<FieldFlag, string>> = { ...parsed.values };
  const today = isoDayOf(new Date());
  const request = () => importArticle({ text: decoded.text, inputName, flags, today, articlesDir, existing });

  let outcome = await request();
  if (!outcome.ok && outcome.missing.length > 0) {
    if (!stdin.isTTY || input === '-') {
      refuse([`${inputName}: missing ${outcome.missing.join(', ')}: pass ${outcome.missing.map((f) => `--${f}`).join(', ')}.`]);
    }
    // On a terminal, ask for what the input did not say, checking each answer.
    const prompt = createInterface({ input: stdin, output: stdout, terminal: true });
    const answers = prompt[Symbol.asyncIterator]();
    const hints: Record<(typeof REQUIRED_FIELDS)[number], string> = {
      title: 'Title',
      outlet: 'Outlet (or "Unknown")',
      published: 'Published (YYYY-MM-DD, YYYY-MM, YYYY or "unknown")',
    };
    for (const field of outcome.missing) {
      for (;;) {
        stdout.write(`${hints[field]}: `);
        const next = await answers.next();
        if (next.done) {
          prompt.close();
          refuse([`${inputName}: cancelled before ${field} was given.`]);
        }
        const answer = String(next.value).trim();
        const checked = ArticleSchema.shape[field].safeParse(answer, { reportInput: true });
        if (answer !== '' && checked.success) {
          flags[field] = answer;
          break;
        }
        if (answer !== '') say(formatIssue({ ...checked.error!.issues[0]!, path: [field] }));
      }
    }
    prompt.close();
    outcome = await request();
  }
  if (!outcome.ok) refuse(outcome.errors.length > 0 ? outcome.errors : [`${inputName}: missing ${outcome.missing.join(', ')}.`]);

  const target = path.resolve(root, outcome.file);
  if (path.dirname(target) !== absoluteArticles) refuse([`"${outcome.id}" would be written outside ${articlesDir}/.`]);
  await mkdir(absoluteArticles, { recursive: true });
  // Another run may have written the same text (under another title) since
  // the articles were read: asked again and written under one lock.
  const lock = await acquireLock(path.join(path.dirname(absoluteArticles), ADD_LOCK), ADD_LOCK_MESSAGES, (message) => stderr.write(`${message}\n`));
  try {
    const conflicts = conflictsWithExisting({ ...outcome, inputName }, await readExisting(absoluteArticles, articlesDir, bodyOf));
    if (conflicts.length > 0) refuse(conflicts);
    await writeArticle(absoluteArticles, target, outcome, context.pid);
  } finally {
    await lock.release();
  }
  for (const warning of outcome.warnings) stderr.write(`warning: ${clipQuotedValues(warning)}\n`);
  say(`Imported ${inputName} as ${outcome.format === 'html' ? 'an HTML page' : outcome.format === 'markdown' ? 'Markdown' : 'plain text'}.`);
  if (outcome.idFrom === 'source-and-hash') {
    say(`The title has words with no Latin spelling, so the id "${outcome.id}" is made of the date, the title's other words, the outlet or web site, and a short hash of the title. Pass --id to choose another.`);
  }
  say('Run `npm run check`, then `npm run build`, to publish it.');
  say(outcome.file);
}

/**
 * The lock of the articles folder, in the content folder beside it: a killed
 * run's leftovers (build-lock.ts) stay out of the articles folder, and no
 * reader of the dossier reads a dot-file.
 */
const ADD_LOCK = '.add.lock';

const ADD_LOCK_MESSAGES: LockMessages = {
  waiting: (pid, started) => `Waiting for npm run add in process ${pid} (started ${started}) to finish writing: one article is written at a time.`,
  tookOver: (pid) => `Took over the articles folder's lock of process ${pid}, which is no longer running.`,
};

/** The dossier's articles: id, file (as messages name it) and text. */
async function readExisting(absoluteArticles: string, articlesDir: string, bodyOf: (text: string) => string) {
  const names = (await readdir(absoluteArticles).catch(() => [] as string[])).filter((n) => n.endsWith('.md'));
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(path.join(absoluteArticles, name), 'utf8');
      return { id: name.slice(0, -3), file: `${articlesDir}/${name}`, body: bodyOf(text) };
    }),
  );
}

/** Writes the article at `target`, whole or not at all; refuses if a file is there. */
async function writeArticle(absoluteArticles: string, target: string, outcome: { readonly id: string; readonly file: string; readonly contents: string }, pid: number): Promise<void> {
  await removeAbandonedPartials(absoluteArticles, pid);
  // Written whole under a name no reader of the dossier takes for an article
  // (a dot-file, not *.md), then linked into place: the article appears
  // complete or not at all, even if this process is killed, and link() fails
  // rather than overwrite a file that appeared meanwhile.
  const temporary = path.join(absoluteArticles, `.${outcome.id}.${pid}.partial`);
  let writeError: NodeJS.ErrnoException | undefined;
  try {
    await writeFile(temporary, outcome.contents, { flag: 'w', flush: true });
    await link(temporary, target);
  } catch (error) {
    writeError = error as NodeJS.ErrnoException;
  }
  await unlink(temporary).catch(() => undefined);
  if (writeError?.syscall === 'link' && writeError.code === 'EEXIST') refuse([`${outcome.file} already exists; it was left as it is.`]);
  if (writeError) refuse([`${outcome.file} could not be written: ${writeError.message}`]);
}

/** Temporary files of earlier runs that were killed mid-write (their process is gone). */
async function removeAbandonedPartials(dir: string, ownPid: number): Promise<void> {
  for (const name of await readdir(dir)) {
    const pid = /^\..+\.(?<pid>\d+)\.partial$/u.exec(name)?.groups?.['pid'];
    if (pid && Number(pid) !== ownPid && !isRunning(Number(pid))) await unlink(path.join(dir, name)).catch(() => undefined);
  }
}
