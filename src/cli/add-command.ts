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
import { decodeText } from '../lib/content/files.ts';
import { bodyOf } from '../lib/content/frontmatter.ts';
import { isoDayOf } from '../lib/dates/partial-date.ts';
import { contentLayout } from '../lib/dossier/load.ts';
import { projectOptions } from './project-options.ts';
import { importArticle, FIELD_FLAGS, type FieldFlag, REQUIRED_FIELDS } from '../lib/importing/import-article.ts';
import { ArticleSchema } from '../schemas/article.ts';
import { formatIssue } from '../schemas/error-map.ts';

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
    for (const message of error.messages) context.stderr.write(`${message}\n`);
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

  async function readInput(): Promise<Uint8Array> {
    if (input === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
      return Buffer.concat(chunks);
    }
    try {
      return await readFile(path.resolve(root, input!));
    } catch {
      refuse([`${inputName}: cannot read the file.`]);
    }
  }

  const bytes = await readInput();
  if (bytes.byteLength === 0) refuse([`${inputName}: the input is empty.`]);
  const decoded = decodeText(bytes);
  if (!decoded.ok) refuse([`${inputName}: ${decoded.message}`]);
  if (decoded.text.trim() === '') refuse([`${inputName}: the input is empty.`]);

  const articlesDir = contentLayout((await projectOptions(root, context.env)).content).articles;
  const absoluteArticles = path.resolve(root, articlesDir);
  const names = (await readdir(absoluteArticles).catch(() => [] as string[])).filter((n) => n.endsWith('.md'));
  const existing = await Promise.all(
    names.map(async (name) => {
      const text = await readFile(path.join(absoluteArticles, name), 'utf8');
      return { id: name.slice(0, -3), file: `${articlesDir}/${name}`, body: bodyOf(text) };
    }),
  );

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
  await removeAbandonedPartials(absoluteArticles, context.pid);
  // Written whole under a name no reader of the dossier takes for an article
  // (a dot-file, not *.md), then linked into place: the article appears
  // complete or not at all, even if this process is killed, and link() fails
  // rather than overwrite a file that appeared meanwhile.
  const temporary = path.join(absoluteArticles, `.${outcome.id}.${context.pid}.partial`);
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
  for (const warning of outcome.warnings) stderr.write(`warning: ${warning}\n`);
  say(`Imported ${inputName} as ${outcome.format === 'html' ? 'an HTML page' : outcome.format === 'markdown' ? 'Markdown' : 'plain text'}.`);
  if (outcome.idFrom === 'source-and-hash') {
    say(`The title has words with no Latin spelling, so the id "${outcome.id}" is made of the date, the title's other words, the outlet or web site, and a short hash of the title. Pass --id to choose another.`);
  }
  say('Run `npm run check`, then `npm run build`, to publish it.');
  say(outcome.file);
}

/** Temporary files of earlier runs that were killed mid-write (their process is gone). */
async function removeAbandonedPartials(dir: string, ownPid: number): Promise<void> {
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  };
  for (const name of await readdir(dir)) {
    const pid = /^\..+\.(?<pid>\d+)\.partial$/u.exec(name)?.groups?.['pid'];
    if (pid && Number(pid) !== ownPid && !alive(Number(pid))) await unlink(path.join(dir, name)).catch(() => undefined);
  }
}
