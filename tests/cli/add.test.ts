/**
 * `npm run add`: imports each kind of input, and refuses every bad input with
 * a clear message and a non-zero exit, writing nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { copySeedContent, PROJECT_ROOT, userEnvironment } from '../support/build.ts';
import { splitArticleBody } from '../../src/lib/text/paragraphs.ts';

const FIXTURES = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'articles');
const SEEDS = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'seeds');

let scratch: string;
let content: string;

beforeEach(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'dossier-add-'));
  content = path.join(scratch, 'content');
  copySeedContent(content);
});

function add(args: string[], stdin?: string | Buffer) {
  const result = spawnSync(process.execPath, ['src/cli/add.ts', ...args], {
    cwd: PROJECT_ROOT,
    env: userEnvironment({ DOSSIER_CONTENT: content }),
    input: stdin ?? '',
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
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

function bodyOf(text: string): string {
  return text.replace(/^---\n[\s\S]*?\n---\n/u, '');
}

describe('npm run add: re-importing the seeds', () => {
  it.each([
    ['000_6eec7e944dd2ad20.txt', '2025-06-14-putin-birthday-call-hopes'],
    ['001_93bcda9dd5316e7f.txt', '2025-06-14-birthday-call-lengthy-and-substantive'],
    ['003_54057ee98ff61c9a.txt', '2025-06-14-fifty-minute-call'],
  ])('%s gives the same text as the committed article', (seed, id) => {
    const committed = readFileSync(path.join(content, 'articles', `${id}.md`), 'utf8');
    // A scratch copy without that article, so the text is new to it.
    const removed = path.join(content, 'articles', `${id}.md`);
    writeFileSync(removed, '');
    spawnSync('rm', [removed]);
    const result = add([path.join(SEEDS, seed), '--title', 'Re-imported', '--outlet', 'Unknown', '--published', '2025-06', '--id', id]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const written = readFileSync(removed, 'utf8');
    expect(bodyOf(written)).toBe(bodyOf(committed));
    expect(splitArticleBody(bodyOf(written))).toEqual(splitArticleBody(bodyOf(committed)));
    expect(written).toContain(`origin: "${seed}"`);
    expect(result.stdout.trim().split('\n').at(-1)).toBe(removed);
  });
});

describe('npm run add: each kind of input', () => {
  it('imports an HTML page: main text only, metadata from the page', () => {
    const before = snapshot();
    const result = add([path.join(FIXTURES, 'coastal-ferry-strike.html')]);
    expect(result.status, result.stderr).toBe(0);
    const file = path.join(content, 'articles', '2026-02-03-ferry-crews-walk-out-over-rosters.md');
    expect(result.stdout.trim().split('\n').at(-1)).toBe(file);
    const written = readFileSync(file, 'utf8');
    expect(written).toContain('title: "Ferry crews walk out over rosters"\n');
    expect(written).toContain('outlet: "The Coastal Courier"\n');
    expect(written).toContain('published: "2026-02-03"\n');
    expect(written).toContain('url: "https://courier.example/news/2026/02/ferry-crews-walk-out"\n');
    expect(written).toContain('origin: "coastal-ferry-strike.html"\n');
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

  it('imports Markdown with frontmatter, keeping its notes and dropping its markup', () => {
    const result = add([path.join(FIXTURES, 'with-frontmatter.md'), '--outlet', 'Radio Westholm']);
    expect(result.status, result.stderr).toBe(0);
    const written = readFileSync(result.stdout.trim().split('\n').at(-1)!, 'utf8');
    expect(written).toContain('outlet: "Radio Westholm"\n'); // the flag wins
    expect(written).toContain('published: "2026-02-05"\n');
    expect(written).toContain('quote: "reopened to all traffic"');
    expect(bodyOf(written)).toBe('\nThe causeway to Westholm reopened to all traffic on Thursday after three weeks of repairs.\n\nCouncil engineers said the new surface would last a decade.\n');
  });

  it('imports plain text from standard input', () => {
    const result = add(['-', '--title', 'Quay reopens', '--outlet', 'Harbour News', '--published', '2026-02-06'], 'The quay reopened.\n\nFerries ran on time.\n');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n').at(-1)).toBe(path.join(content, 'articles', '2026-02-06-quay-reopens.md'));
  });
});

describe('npm run add: bad input is refused, nothing is written', () => {
  const cases: [string, () => string[], string][] = [
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
    ['a duplicate text', () => [path.join(SEEDS, '003_54057ee98ff61c9a.txt'), '--title', 'T', '--outlet', 'O', '--published', '2026'], 'This text is already in the dossier, as'],
    ['a note whose quote is not in its article', () => [input('noted.md', '---\ntitle: T\noutlet: O\npublished: 2026\nnotes:\n  - quote: "words that are not there"\n    kind: caution\n    note: "x"\n---\n\nThe actual text.\n')], 'noted.md:5:1 notes[0]: The quote "words that are not there" is not in "2026-t".'],
  ];

  it.each(cases)('%s', (_name, args, message) => {
    const before = snapshot();
    const result = add(args());
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
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
