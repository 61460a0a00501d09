/**
 * `npm run add`: imports each kind of input, and refuses every bad input with
 * a clear message and a non-zero exit, writing nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copySeedContent, PROJECT_ROOT, userEnvironment } from '../support/build.ts';
import { splitArticleBody } from '../../src/lib/text/paragraphs.ts';
import { SearchableText } from '../../src/lib/citations/match.ts';
import { resolveLocator } from '../../src/lib/citations/resolve.ts';
import { bodyOf } from '../../src/lib/content/frontmatter.ts';
import { addCommand } from '../../src/cli/add-command.ts';
import { Output } from '../support/in-process.ts';

const FIXTURES = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'articles');
const SEEDS = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'seeds');

let scratch: string;
let content: string;

beforeEach(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'dossier-add-'));
  content = path.join(scratch, 'content');
  copySeedContent(content);
});

afterEach(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Runs `npm run add` with `args`, as the CLI does but in this process (a new
 * Node per run was most of this file's time): the exit status and what it
 * printed. The CLI's own wiring is run as a process below (on a terminal,
 * killed) and by the building tests.
 */
async function add(args: string[], stdin?: string | Buffer) {
  const stdout = new Output();
  const stderr = new Output();
  const status = await addCommand(args, {
    cwd: PROJECT_ROOT,
    env: { DOSSIER_CONTENT: content },
    stdin: Readable.from([Buffer.from(stdin ?? '')]),
    stdout,
    stderr,
    pid: process.pid,
  });
  return { status, stdout: stdout.text, stderr: stderr.text };
}

/** Every file of the content folder with its text, to prove nothing changed. */
function snapshot(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of ['', 'articles', 'topics']) {
    for (const name of readdirSync(path.join(content, folder))) {
      if (name.endsWith('.md')) files[path.join(folder, name)] = readFileSync(path.join(content, folder, name), 'utf8');
    }
  }
  return files;
}

function input(name: string, data: string | Buffer): string {
  const file = path.join(scratch, name);
  writeFileSync(file, data);
  return file;
}

describe('npm run add: re-importing the seeds', () => {
  it.each([
    ['000_6eec7e944dd2ad20.txt', '2025-06-14-putin-birthday-call-hopes'],
    ['001_93bcda9dd5316e7f.txt', '2025-06-14-birthday-call-lengthy-and-substantive'],
    ['003_54057ee98ff61c9a.txt', '2025-06-14-fifty-minute-call'],
  ])('%s gives the same text as the committed article', async (seed, id) => {
    const committed = readFileSync(path.join(content, 'articles', `${id}.md`), 'utf8');
    // A scratch copy without that article, so the text is new to it.
    const removed = path.join(content, 'articles', `${id}.md`);
    writeFileSync(removed, '');
    spawnSync('rm', [removed]);
    const result = await add([path.join(SEEDS, seed), '--title', 'Re-imported', '--outlet', 'Unknown', '--published', '2025-06', '--id', id]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const written = readFileSync(removed, 'utf8');
    expect(bodyOf(written)).toBe(bodyOf(committed));
    expect(splitArticleBody(bodyOf(written))).toEqual(splitArticleBody(bodyOf(committed)));
    expect(written).toContain(`imported_from: "${seed}"`);
    expect(result.stdout.trim().split('\n').at(-1)).toBe(removed);
  });
});

describe('npm run add: each kind of input', () => {
  it('imports an HTML page: main text only, metadata from the page', async () => {
    const before = snapshot();
    const result = await add([path.join(FIXTURES, 'coastal-ferry-strike.html')]);
    expect(result.status, result.stderr).toBe(0);
    const file = path.join(content, 'articles', '2026-02-03-ferry-crews-walk-out-over-rosters.md');
    expect(result.stdout.trim().split('\n').at(-1)).toBe(file);
    const written = readFileSync(file, 'utf8');
    expect(written).toContain('title: "Ferry crews walk out over rosters"\n');
    expect(written).toContain('outlet: "The Coastal Courier"\n');
    expect(written).toContain('published: "2026-02-03"\n');
    expect(written).toContain('url: "https://courier.example/news/2026/02/ferry-crews-walk-out"\n');
    expect(written).toContain('imported_from: "coastal-ferry-strike.html"\n');
    const blocks = splitArticleBody(bodyOf(written));
    expect(blocks.map((b) => b.kind === 'heading' ? `## ${b.text}` : b.text)).toEqual([
      'Crews on the Westholm ferry walked out at dawn on Tuesday, stranding about four hundred commuters on the quay at Eastport.',
      'The seafarers’ union said the operator had changed rosters “without a word of consultation” and that the stoppage would last forty-eight hours.',
      '## Operator apologises',
      'Westholm Lines apologised to passengers and said it would run a replacement coach service via the causeway until Thursday morning.',
      'A spokesperson for the harbour master said the quay would stay open for freight.',
    ]);
    expect(written).not.toMatch(/Advertisement|Subscribe|Related stories|Cookie|tracking/u);
    expect(Object.keys(snapshot()).length).toBe(Object.keys(before).length + 1);
  });

  it('imports Markdown with frontmatter, keeping its notes and dropping its markup', async () => {
    const result = await add([path.join(FIXTURES, 'with-frontmatter.md'), '--outlet', 'Radio Westholm']);
    expect(result.status, result.stderr).toBe(0);
    const written = readFileSync(result.stdout.trim().split('\n').at(-1)!, 'utf8');
    expect(written).toContain('outlet: "Radio Westholm"\n'); // the flag wins
    expect(written).toContain('published: "2026-02-05"\n');
    expect(written).toContain('quote: "reopened to all traffic"');
    expect(written).toContain('imported_from: "with-frontmatter.md"\n');
    expect(bodyOf(written)).toBe('\nThe causeway to Westholm reopened to all traffic on Thursday after three weeks of repairs.\n\nCouncil engineers said the new surface would last a decade.\n');
  });

  it('writes an input\'s old "origin" field as "imported_from", and says so', async () => {
    const markdown = readFileSync(path.join(FIXTURES, 'with-frontmatter.md'), 'utf8').replace('url: ', 'origin: "feed.xml"\nurl: ');
    const result = await add([input('renamed.md', markdown)]);
    expect(result.status, result.stderr).toBe(0);
    const written = readFileSync(result.stdout.trim().split('\n').at(-1)!, 'utf8');
    expect(written).toContain('imported_from: "feed.xml"\n');
    expect(written).not.toMatch(/^origin:/mu);
    expect(result.stderr).toContain(`warning: ${path.join(scratch, 'renamed.md')}:5:1 origin: renamed "imported_from"`);
  });

  it('imports plain text from standard input', async () => {
    const result = await add(['-', '--title', 'Quay reopens', '--outlet', 'Harbour News', '--published', '2026-02-06'], 'The quay reopened.\n\nFerries ran on time.\n');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n').at(-1)).toBe(path.join(content, 'articles', '2026-02-06-quay-reopens.md'));
  });
});

describe('npm run add: text stays text (tests/fixtures/hostile/)', () => {
  const HOSTILE = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'hostile');
  /** The paragraphs of the article a run wrote, as the build reads them, and the article to match quotes against. */
  function written(stdout: string) {
    const file = stdout.trim().split('\n').at(-1)!;
    const blocks = splitArticleBody(bodyOf(readFileSync(file, 'utf8')));
    const paragraphs = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : []));
    return { paragraphs, article: { id: 'x', title: 'x', outlet: 'x', published: 'unknown', text: new SearchableText(paragraphs) } };
  }

  it('keeps every <, > and & of a plain-text source as a character, never as markup, and refuses a quote that skips them', async () => {
    const result = await add([path.join(HOSTILE, 'angle-brackets.txt'), '--title', 'Tide tables change', '--outlet', 'Harbour News', '--published', '2026-03-03']);
    expect(result.status, result.stderr).toBe(0);
    const { paragraphs, article } = written(result.stdout);
    const original = readFileSync(path.join(HOSTILE, 'angle-brackets.txt'), 'utf8').split('\n').filter((line) => line !== '');
    expect(paragraphs.map((p) => p.text)).toEqual(original);
    // No markup came of it: nothing for the page to render but the words.
    expect(paragraphs.map((p) => p.content)).toEqual(original.map(() => undefined));
    expect(resolveLocator(article, { kind: 'quote', quote: 'Jane Doe <jane@example.org> said the tide tables change' }).ok).toBe(true);
    expect(resolveLocator(article, { kind: 'quote', quote: 'Jane Doe said the tide tables change' }).ok).toBe(false);
    expect(resolveLocator(article, { kind: 'quote', quote: 'when a<b and x>y no longer hold' }).ok).toBe(true);
    expect(resolveLocator(article, { kind: 'quote', quote: 'The notice read in the harbour office window' }).ok).toBe(false);
  });

  it('refuses a control character in the metadata where it came from, removes one from the text and says so, and echoes none to the terminal', async () => {
    const before = snapshot();
    const refused = await add(['-', '--title', 'Quay \u001B[2Jclosed', '--outlet', 'Harbour News', '--published', '2026-03-03'], 'The quay is closed.\n');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('--title: A control character (U+001B) is in "title" of the article');
    expect(refused.stderr + refused.stdout).not.toMatch(/\u001B/u);
    expect(snapshot()).toEqual(before);
    const cleaned = await add(['-', '--title', 'Bell on the quay', '--outlet', 'Harbour News', '--published', '2026-03-03'], 'The bell\u0007 rang at noon.\n');
    expect(cleaned.status, cleaned.stderr).toBe(0);
    expect(cleaned.stderr).toContain('<stdin>: a control character was removed from the text');
    expect(written(cleaned.stdout).paragraphs.map((p) => p.text)).toEqual(['The bell rang at noon.']);
  });

  it('refuses a Markdown input whose YAML aliases would expand without end, at the first alias, without a stack trace', async () => {
    const before = snapshot();
    const result = await add([path.join(HOSTILE, 'billion-laughs.md')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('billion-laughs.md:7:9 YAML aliases in the frontmatter expand to more than 100 copies');
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/u);
    expect(snapshot()).toEqual(before);
  });

  it('keeps an escaped tag in an HTML page as the words it shows, never as a live link', async () => {
    const result = await add([path.join(HOSTILE, 'escaped-link.html')]);
    expect(result.status, result.stderr).toBe(0);
    const { paragraphs } = written(result.stdout);
    expect(paragraphs.map((p) => p.text)).toEqual([
      'An escaped link <a href="https://evil.example/phish">Log in</a> stays words, and so does <script>alert(1)</script>.',
      'Fees rise by 5% & berths cost £40 <per night> from April.',
    ]);
    expect(paragraphs.map((p) => p.content)).toEqual([undefined, undefined]);
  });
});

describe('npm run add: titles in other scripts', () => {
  it('a Russian title gives an id of its transliterated words', async () => {
    const result = await add(['-', '--title', 'Сергей Лавров прокомментировал звонок', '--outlet', 'ТАСС', '--published', '2026-02-07'], 'Лавров ответил на вопросы журналистов.\n');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n').at(-1)).toBe(path.join(content, 'articles', '2026-02-07-sergey-lavrov-prokommentiroval-zvonok.md'));
  });

  it('a Chinese title gives date, web site and a hash of the title; npm run add says so, and --id sets another', async () => {
    const page = path.join(FIXTURES, 'chinese-title.html');
    const first = await add([page]);
    expect(first.status, first.stderr).toBe(0);
    const written = first.stdout.trim().split('\n').at(-1)!;
    const id = path.basename(written, '.md');
    expect(id).toMatch(/^2026-02-03-coastdaily-example-[0-9a-f]{6}$/u);
    expect(first.stdout).toContain(
      `The title has words with no Latin spelling, so the id "${id}" is made of the date, the title's other words, the outlet or web site, and a short hash of the title. Pass --id to choose another.`,
    );
    expect(readFileSync(written, 'utf8')).toContain('title: "渡轮船员因排班问题罢工"\n');

    // The same page gives the same id again; --id chooses another, without the explanation.
    rmSync(written);
    const again = await add([page]);
    expect(again.stdout.trim().split('\n').at(-1)).toBe(written);
    rmSync(written);
    const chosen = await add([page, '--id', '2026-02-03-ferry-crews-strike-zh']);
    expect(chosen.status, chosen.stderr).toBe(0);
    expect(chosen.stdout.trim().split('\n').at(-1)).toBe(path.join(content, 'articles', '2026-02-03-ferry-crews-strike-zh.md'));
    expect(chosen.stdout).not.toContain('Pass --id');
  });
});

describe('npm run add: saved news pages', () => {
  it('a protocol-relative canonical link (//host/path) is recorded as https', async () => {
    const result = await add([path.join(FIXTURES, 'protocol-relative-canonical.html')]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    const written = readFileSync(path.join(content, 'articles', '2026-02-09-harbour-pilots-end-strike-after-pay-deal.md'), 'utf8');
    expect(written).toContain('url: "https://us.yahoo.com/news/harbour-pilots-end-strike-142000123.html"\n');
    expect(written).toContain('outlet: "Yahoo News"\n');
  });

  it('a JSON-LD datePublished without seconds or zone, in a block that is not valid JSON, gives the day', async () => {
    const result = await add([path.join(FIXTURES, 'json-ld-date-without-seconds.html'), '--outlet', 'The Westholm Gazette']);
    expect(result.status, result.stderr).toBe(0);
    const written = readFileSync(path.join(content, 'articles', '2018-04-05-lighthouse-keeper-retires-after-forty-years.md'), 'utf8');
    expect(written).toContain('published: "2018-04-05"\n');
  });
});

describe('npm run add: bad input is refused, nothing is written', () => {
  // A message that names a file of the scratch folder is made once the folder exists.
  const cases: [string, () => string[], string | (() => string)][] = [
    ['an empty file', () => [input('empty.txt', '')], 'empty.txt: the input is empty.'],
    ['a binary file', () => [input('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))], 'photo.txt: The file is binary, not text.'],
    ['text that is not UTF-8', () => [input('latin1.txt', Buffer.from('Caf\xe9 cr\xe8me', 'latin1')), '--title', 'T', '--outlet', 'O', '--published', '2026'], 'latin1.txt: The file is not UTF-8 text: save it as UTF-8.'],
    ['a file over 5 MB', () => [input('huge.txt', Buffer.alloc(5 * 1024 * 1024 + 10, 'a'))], 'huge.txt: The file is 5.0 MB; content files may be at most 5 MB.'],
    ['YAML frontmatter with a syntax error', () => [input('broken.md', '---\ntitle: "Unclosed\noutlet: O\n---\n\nText.\n')], 'broken.md:3:10 YAML syntax error in the frontmatter: Missing closing "quote'],
    ['a missing title', () => [input('untitled.txt', 'Some text.\n'), '--outlet', 'O', '--published', '2026'], 'untitled.txt: missing title: pass --title.'],
    ['several missing fields', () => [input('bare.txt', 'Some text.\n')], 'bare.txt: missing title, outlet, published: pass --title, --outlet, --published.'],
    ['a date that is not a date', () => [input('a.txt', 'Some text.\n'), '--title', 'T', '--outlet', 'O', '--published', 'yesterday'], '--published: "published" must be a date written YYYY-MM-DD, YYYY-MM or YYYY, or "unknown", not the text "yesterday".'],
    ['a url that is not http(s)', () => [input('a.txt', 'Some text.\n'), '--title', 'T', '--outlet', 'O', '--published', '2026', '--url', 'javascript:alert(1)'], '--url: "url" must be an http:// or https:// URL, not the text "javascript:alert(1)".'],
    ['an id that escapes the folder', () => [input('a.txt', 'Some text.\n'), '--title', 'T', '--outlet', 'O', '--published', '2026', '--id', '../x'], '--id: "../x" is not a valid id: use lower-case letters, digits and hyphens (it becomes the file name inside'],
    ['an absolute id', () => [input('a.txt', 'Some text.\n'), '--title', 'T', '--outlet', 'O', '--published', '2026', '--id', '/etc/passwd'], '--id: "/etc/passwd" is not a valid id'],
    ['a duplicate id', () => [input('a.txt', 'Brand new text.\n'), '--title', 'T', '--outlet', 'O', '--published', '2026', '--id', '2025-06-14-fifty-minute-call'], 'An article with the id "2025-06-14-fifty-minute-call" already exists:'],
    ['a duplicate text', () => [path.join(SEEDS, '003_54057ee98ff61c9a.txt'), '--title', 'T', '--outlet', 'O', '--published', '2026'], () => `003_54057ee98ff61c9a.txt: The same text is already in the dossier as ${content}/articles/2025-06-14-fifty-minute-call.md.`],
    ['a note whose quote is not in its article', () => [input('noted.md', '---\ntitle: T\noutlet: O\npublished: 2026\nnotes:\n  - quote: "words that are not there"\n    kind: caution\n    note: "x"\n---\n\nThe actual text.\n')], 'noted.md:6:5 notes[0]: The quote "words that are not there" is not in "2026-t".'],
    ['an attribution whose quote is not in its article', () => [input('attributed.md', '---\ntitle: T\noutlet: O\npublished: 2026\nattributions:\n  - quote: "the minister said"\n    origin: ministry\n---\n\nThe actual text.\n')], 'attributed.md:6:5 attributions[0]: The quote "the minister said" is not in "2026-t".'],
    ['a Markdown input whose frontmatter is not closed', () => [input('open.md', '---\ntitle: T\n\nText.\n')], 'open.md:1:1 The frontmatter is not closed: end it with a line "---".'],
    [
      'a front page: a list of links, not an article',
      () => [path.join(FIXTURES, 'spanish-edition-front-page.html'), '--published', '2026-02-03'],
      `spanish-edition-front-page.html: the text found in this page looks like a list of links, not an article: 64% of it is link text, in 15 items of typically 40 characters. Is it a front or section page? Save the article's own page, or copy the article's text into a .txt file and import that.`,
    ],
  ];

  it.each(cases)('%s', async (_name, args, message) => {
    const before = snapshot();
    const result = await add(args());
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(typeof message === 'function' ? message() : message);
    expect(result.stderr.trim().split('\n').at(-1)).toBe('Nothing was written.');
    expect(result.stdout).toBe('');
    expect(snapshot()).toEqual(before);
  });
});

describe('npm run add: on a terminal', () => {
  it('asks for missing fields, re-asking until an answer is valid', () => {
    const file = input('typed.txt', 'Words typed in a terminal.\n');
    // `script` gives the command a pseudo-terminal, as a person's shell would.
    const result = spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} src/cli/add.ts ${JSON.stringify(file)}`, '/dev/null'], {
      cwd: PROJECT_ROOT,
      env: userEnvironment({ DOSSIER_CONTENT: content }),
      input: 'A typed title\nTyped Outlet\nlast week\n2026-03-01\n',
      encoding: 'utf8',
    });
    const screen = result.stdout.replace(/\r/gu, '').replace(/\u001B\[[0-9;]*[A-Za-z]/gu, '');
    expect(result.status, screen).toBe(0);
    expect(screen).toContain('Title: ');
    expect(screen).toContain('"published" must be a date written YYYY-MM-DD, YYYY-MM or YYYY, or "unknown", not the text "last week".');
    const written = path.join(content, 'articles', '2026-03-01-a-typed-title.md');
    expect(screen.trim().split('\n').at(-1)).toBe(written);
    expect(readFileSync(written, 'utf8')).toContain('title: "A typed title"\noutlet: "Typed Outlet"\npublished: "2026-03-01"\n');
  });
});

describe('npm run add: killed at any moment, it leaves the whole article or none', () => {
  /** The articles folder's file names. */
  const articleNames = () => readdirSync(path.join(content, 'articles')).sort();

  /**
   * Runs npm run add and kills it with SIGKILL `delay` ms after it starts or,
   * with `afterWriteStarts`, that many ms after a new file appears in the
   * articles folder (the moment it starts writing, seen from outside).
   * Resolves when it has exited, with whether it was killed and how long it ran.
   */
  function addKilled(args: string[], when: { delay: number } | { afterWriteStarts: number }): Promise<{ killed: boolean; elapsed: number }> {
    return new Promise((resolve) => {
      const started = performance.now();
      let writeStarted = false;
      const child = spawn(process.execPath, ['src/cli/add.ts', ...args], { cwd: PROJECT_ROOT, env: userEnvironment({ DOSSIER_CONTENT: content }), stdio: 'ignore' });
      const kill = (after: number) => setTimeout(() => child.kill('SIGKILL'), after);
      const timer = 'delay' in when ? kill(when.delay) : undefined;
      const watcher = watch(path.join(content, 'articles'), () => {
        if (writeStarted) return;
        writeStarted = true;
        if ('afterWriteStarts' in when) kill(when.afterWriteStarts);
      });
      child.on('exit', (_code, signal) => {
        clearTimeout(timer);
        watcher.close();
        resolve({ killed: signal === 'SIGKILL', elapsed: performance.now() - started });
      });
    });
  }

  it('SIGKILL at moments spread over a run on a 4 MB input, and while it writes', async () => {
    const paragraphs = Array.from({ length: 42_000 }, (_, i) => `Paragraph ${i + 1} of the inquiry's report: the harbour authority logged every ferry movement that week.`);
    const large = input('inquiry.txt', paragraphs.join('\n\n'));
    const args = [large, '--title', 'The harbour inquiry report', '--outlet', 'Harbour Authority', '--published', '2026-02-10'];
    const name = '2026-02-10-the-harbour-inquiry-report.md';
    const target = path.join(content, 'articles', name);
    const before = articleNames();

    // One whole run, for the length of a run and the complete file.
    const whole = await addKilled(args, { delay: 600_000 });
    expect(whole.killed).toBe(false);
    const complete = readFileSync(target, 'utf8');
    expect(complete.length).toBeGreaterThan(4_000_000);
    rmSync(target);

    const moments = [
      ...Array.from({ length: 4 }, (_, k) => ({ delay: (whole.elapsed * (k + 0.5)) / 4 })),
      ...[0, 1, 4, 16].map((afterWriteStarts) => ({ afterWriteStarts })),
    ];
    let killedWhileWriting = 0;
    let leftoversBefore = new Set<string>();
    for (const moment of moments) {
      await addKilled(args, moment);
      const added = articleNames().filter((n) => !before.includes(n));
      // What the dossier reads is *.md: the whole article or nothing.
      const articles = added.filter((n) => n.endsWith('.md'));
      expect([[], [name]], JSON.stringify(moment)).toContainEqual(articles);
      if (articles.length > 0) expect(readFileSync(target, 'utf8') === complete, `${JSON.stringify(moment)}: the article is complete`).toBe(true);
      // Anything else left behind is a hidden temporary file, never read as an article.
      const leftovers = added.filter((n) => n !== name);
      for (const leftover of leftovers) expect(leftover).toMatch(/^\.[^/]*\.partial$/u);
      // Temporary files carry their run's pid: a new one means this run was killed while it wrote.
      if (leftovers.some((n) => !leftoversBefore.has(n))) killedWhileWriting++;
      leftoversBefore = new Set(leftovers);
      if (articles.length > 0) rmSync(target);
    }
    // The kills right after the write began did land while it wrote.
    expect(killedWhileWriting).toBeGreaterThan(0);
    // The next run clears what killed runs left, and writes the article.
    expect((await addKilled(args, { delay: 600_000 })).killed).toBe(false);
    expect(articleNames().filter((n) => !before.includes(n))).toEqual([name]);
  });
});

describe('npm run add: hostile input, second round (tests/fixtures/hostile/)', () => {
  const HOSTILE = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'hostile');
  const LIMIT = 5 * 1024 * 1024;
  const fields = ['--title', 'T', '--outlet', 'O', '--published', '2026-03-04'];
  const lastLine = (text: string) => text.trim().split('\n').at(-1)!;

  /** Runs npm run add in this process with `stdin` as standard input. */
  async function addFrom(args: string[], stdin: Readable) {
    const stdout = new Output();
    const stderr = new Output();
    const status = await addCommand(args, { cwd: PROJECT_ROOT, env: { DOSSIER_CONTENT: content }, stdin, stdout, stderr, pid: process.pid });
    return { status, stdout: stdout.text, stderr: stderr.text };
  }

  it('a page nested 3,000 levels deep is refused in under 5 s, naming the file, the place and the depth', async () => {
    const before = snapshot();
    const started = performance.now();
    const result = await add([path.join(HOSTILE, 'nested-3000.html')]);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${path.join(HOSTILE, 'nested-3000.html')}:5:991 the page's elements are nested more than 200 levels deep, which no article's page is; it was not read.`,
    );
    expect(lastLine(result.stderr)).toBe('Nothing was written.');
    expect(snapshot()).toEqual(before);
  });

  it('a page nested 150 levels deep around its <article> is imported, quickly', async () => {
    const page = `<!doctype html><html><head><title>Deep but fine</title></head><body>${'<div>'.repeat(150)}<article><p>The tide tables change on Monday.</p><p>Ferries keep the winter timetable.</p></article>${'</div>'.repeat(150)}</body></html>`;
    const started = performance.now();
    const result = await add([input('deep.html', page), '--outlet', 'O', '--published', '2026-03-04']);
    expect(result.status, result.stderr).toBe(0);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(bodyOf(readFileSync(lastLine(result.stdout), 'utf8'))).toBe('\nThe tide tables change on Monday.\n\nFerries keep the winter timetable.\n');
  });

  it('a 16 MB standard input is refused at 5 MB, and no more of it is read', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'y\n');
    let pulled = 0;
    // As `yes |` gives, but with an end, so that a command that reads it whole fails this test rather than fill the memory.
    const endless = new Readable({
      read() {
        pulled += chunk.byteLength;
        this.push(pulled > 16 * 1024 * 1024 ? null : chunk);
      },
    });
    const before = snapshot();
    const result = await addFrom(['-', ...fields], endless);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('<stdin>: The input is larger than 5.0 MB; content files may be at most 5 MB. Reading stopped there.');
    // The chunk that passed the limit, and at most one read ahead by the stream.
    expect(pulled).toBeLessThanOrEqual(LIMIT + 2 * chunk.byteLength);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pulled, 'the stream is not read after the refusal').toBeLessThanOrEqual(LIMIT + 2 * chunk.byteLength);
    expect(endless.destroyed).toBe(true);
    expect(snapshot()).toEqual(before);
  });

  it('a file that never ends (/dev/zero) is refused at 5 MB, not read whole', async () => {
    const result = await add(['/dev/zero', ...fields]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('/dev/zero: The input is larger than 5.0 MB; content files may be at most 5 MB. Reading stopped there.');
  }, 20_000);

  it('two adds of one text under different titles, at once: one writes, the other is refused naming its file', async () => {
    const text = 'The harbour office posted the new tide tables on Monday.\n\nFerries keep the winter timetable until March.\n';
    const before = snapshot();
    const runs = await Promise.all(
      ['First title', 'Second title'].map((title) => add(['-', '--title', title, '--outlet', 'O', '--published', '2026-03-05'], text)),
    );
    const written = runs.filter((r) => r.status === 0);
    const refused = runs.filter((r) => r.status === 1);
    expect(written.length, JSON.stringify(runs)).toBe(1);
    expect(refused.length).toBe(1);
    const file = lastLine(written[0]!.stdout);
    expect(refused[0]!.stderr).toContain(`<stdin>: The same text is already in the dossier as ${file}.`);
    expect(lastLine(refused[0]!.stderr)).toBe('Nothing was written.');
    expect(Object.keys(snapshot()).length).toBe(Object.keys(before).length + 1);
    // The lock is gone once both are done: a third add is not kept waiting.
    expect(readdirSync(content).filter((n) => n.startsWith('.add.lock'))).toEqual([]);
  });

  it('a title of eight long words gives an id of at most 80 characters, cut between words', async () => {
    const title = 'Internationalisation counterproductively mischaracterised notwithstanding incomprehensibilities institutionalisation disproportionately uncharacteristically';
    const result = await add(['-', '--title', title, '--outlet', 'O', '--published', '2026-03-06'], 'Some text about words.\n');
    expect(result.status, result.stderr).toBe(0);
    const id = path.basename(lastLine(result.stdout), '.md');
    expect(id).toBe('2026-03-06-internationalisation-counterproductively-mischaracterised');
    expect(id.length).toBeLessThanOrEqual(80);
  });

  it('a title of 1 MB is imported under a short id, and its messages stay short', async () => {
    const title = `${'Harbour '.repeat(3)}${'x'.repeat(1024 * 1024)}`;
    const result = await add([input('huge-title.md', `---\ntitle: "${title}"\noutlet: O\npublished: 2026-03-07\n---\n\nSome text.\n`)]);
    expect(result.status, result.stderr.slice(0, 500)).toBe(0);
    expect(path.basename(lastLine(result.stdout), '.md')).toBe('2026-03-07-harbour-harbour-harbour');
    expect(result.stdout.length + result.stderr.length).toBeLessThan(1_000);
  });

  it('an --id over 80 characters is refused, with a hint', async () => {
    const id = `2026-03-08-${'harbour-'.repeat(10)}notice`;
    const result = await add(['-', ...fields, '--id', id], 'Some text.\n');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`--id: "${id}" is ${id.length} characters long; an id may be at most 80 (it becomes the file name): pass a shorter --id.`);
  });

  it.each([
    ['--id', ['--title', 'T', '--outlet', 'O', '--published', '2026', '--id', 'a'.repeat(1024 * 1024)]],
    ['--published', ['--title', 'T', '--outlet', 'O', '--published', 'x'.repeat(1024 * 1024)]],
    ['--url', ['--title', 'T', '--outlet', 'O', '--published', '2026', '--url', `javascript:${'x'.repeat(1024 * 1024)}`]],
  ])('a 1 MB %s value is quoted in at most about 200 characters, with an ellipsis', async (flag, args) => {
    const result = await add(['-', ...args], 'Some text.\n');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${flag}: "`);
    expect(result.stderr).toMatch(/[a-z]{150,200}…"/u);
    expect(result.stderr.length).toBeLessThan(600);
  });

  it.each([
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café crème on the quay.\n\nNaïve tide “tables”.\n', 'utf16le')])],
    ['UTF-16BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Café crème on the quay.\n\nNaïve tide “tables”.\n', 'utf16le').swap16()])],
  ])('%s text with its byte-order mark is read as text', async (_name, bytes) => {
    const result = await add([input('windows.txt', bytes), ...fields]);
    expect(result.status, result.stderr).toBe(0);
    expect(bodyOf(readFileSync(lastLine(result.stdout), 'utf8'))).toBe('\nCafé crème on the quay.\n\nNaïve tide “tables”.\n');
  });

  it('UTF-32 text is named, not called binary', async () => {
    const result = await add([input('wide.txt', Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00])), ...fields]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('wide.txt: The file is UTF-32 text: save it as UTF-8.');
  });
});
