/** `npm run check` (run in this process: see tests/support/in-process.ts): validates all content without building and lists every problem at once. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { copySeedContent, PROJECT_ROOT } from '../support/build.ts';
import { checkInProcess } from '../support/in-process.ts';

/**
 * The lines of the output but the seed dossier's own warnings (two suggested
 * attributions, four passages that may share an origin), which tests of other
 * warnings on it leave alone.
 */
const unlessSeedWarnings = (output: string) => output.trim().split('\n').filter((line) => !line.includes('warning: Suggestion:') && !line.includes('may share an origin with'));

/** A copy of the seed dossier's content folder to change, removed when the test ends, passed or failed. */
function seedContentCopy(): string {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'dossier-check-'));
  onTestFinished(() => rmSync(scratch, { recursive: true, force: true }));
  const content = path.join(scratch, 'content');
  copySeedContent(content);
  return content;
}

/** Replaces the line of `file` that reads `line` exactly with `replacement`; returns its 0-based index and the new lines. */
function replaceLine(file: string, line: string, replacement: string): { at: number; lines: string[] } {
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = lines.indexOf(line);
  expect(at, `${file} has the line ${line}`).toBeGreaterThan(0);
  lines[at] = replacement;
  writeFileSync(file, lines.join('\n'));
  return { at, lines };
}

describe('npm run check', () => {
  it('passes on the seed dossier, flagging the passages that may share an origin (the putin-on-strikes pair among them) and suggesting attributions only for quoted words whose speaker the reports do not name', async () => {
    const result = await checkInProcess({});
    expect(result.status).toBe(0);
    // At the bracket of the citation of the passage: its line and column, found in the topic's file.
    const citationAt = (file: string, article: string, quote: string) => {
      const lines = readFileSync(path.join(PROJECT_ROOT, 'content', 'topics', file), 'utf8').split('\n');
      const line = lines.findIndex((text) => text.includes(`@${article}, "${quote}`));
      expect(line, `${file} cites "${quote}"`).toBeGreaterThanOrEqual(0);
      const text = lines[line]!;
      return `${line + 1}:${text.lastIndexOf('[', text.indexOf(`@${article}, "${quote}`)) + 1}`;
    };
    const suggestion = (file: string, article: string, quote: string, passage: string, marker: string) =>
      `content/topics/${file}:${citationAt(file, article, quote)} warning: Suggestion: the cited passage of "@${article}" (${passage}) carries reported speech (${marker}) and no attribution; if it relays a statement, mark it under "attributions" in the article, so that it counts as that origin.`;
    // At the start of the article's paragraph that holds `words`: its line in the article's file.
    const paragraphAt = (article: string, words: string) => {
      const file = `content/articles/${article}.md`;
      const lines = readFileSync(path.join(PROJECT_ROOT, file), 'utf8').split('\n');
      const bodyStart = lines.indexOf('---', 1) + 1;
      const line = lines.findIndex((text, index) => index >= bodyStart && text.includes(words));
      expect(line, `${article} has "${words}"`).toBeGreaterThanOrEqual(0);
      return `${file}:${line + 1}`;
    };
    const echo = (here: string, hereParagraph: number, there: string, thereParagraph: number, run: string) =>
      `${here}:1 warning: ¶${hereParagraph} may share an origin with ${there} (¶${thereParagraph}): both have “${run}”. Give them one origin (attributions), or record the passage under "independent" with a reason.`;
    const ushakov = paragraphAt('2025-06-14-putin-birthday-call-hopes', 'unpredictable consequences for the entire situation');
    const fifty = paragraphAt('2025-06-14-fifty-minute-call', 'unpredictable fallout for the entire region');
    const hopesOpening = paragraphAt('2025-06-14-putin-birthday-call-hopes', 'In a dramatic turn of global diplomacy');
    const lengthyOpening = paragraphAt('2025-06-14-birthday-call-lengthy-and-substantive', 'In a dramatic turn of diplomacy');
    expect(result.output.trim().split('\n')).toEqual([
      'Content OK (6 warnings).',
      // The two reports open with the same words: they may share a template or a wire story.
      echo(lengthyOpening, 1, hopesOpening, 1, 'in a dramatic turn of'),
      // putin-on-strikes: the fifty-minute report's ¶2 echoes Ushakov's quote in the hopes report without naming him.
      echo(fifty, 2, ushakov, 6, 'unpredictable … for the entire'),
      echo(hopesOpening, 1, lengthyOpening, 1, 'in a dramatic turn of'),
      echo(ushakov, 6, fifty, 2, 'unpredictable … for the entire'),
      suggestion('israel-iran-strikes.md', '2025-06-14-fifty-minute-call', 'He said he had held private calls', '¶4, "He said he had held private calls with Iran’s president"', '"said"'),
      suggestion('ukraine-prisoner-swaps.md', '2025-06-14-putin-birthday-call-hopes', 'a large number of individuals', '¶5, "a large number of individuals"', 'a quotation'),
    ]);
  });

  it('lists every problem of a content tree, each as file:line:column message', async () => {
    const result = await checkInProcess({ DOSSIER_CONTENT: 'tests/fixtures/dossiers/broken' });
    expect(result.status).toBe(1);
    const base = 'tests/fixtures/dossiers/broken';
    expect(result.output.trim().split('\n')).toEqual([
      `${base}/articles/bad-frontmatter.md:4:1 "published" must be a date written YYYY-MM-DD, YYYY-MM or YYYY, or "unknown", not the text "last week".`,
      `${base}/articles/bad-frontmatter.md:5:1 Unknown field "autor": check the spelling, or remove it.`,
      `${base}/articles/good.md:6:5 notes[0]: The quote "words the article lacks" is not in "good".`,
      `${base}/claims/closure.yaml:5:7 claim "reopening-day": The quote "The port reopened on Monday" is not in "good". The closest passage is ¶1: "The port reopened on Sunday.".`,
      `${base}/timeline.yaml:4:3 The quote "Ferries resumed at dawn" is not in "good". The closest passage is ¶2: "Ferries resumed at noon.".`,
      `${base}/topics/closure.md:7:9 Unknown source "@nonexistent": no article has this id.`,
      `${base}/topics/closure.md:7:43 The quote "The port closed" is not in "good". The closest passage is ¶1: "The port reopened".`,
      `${base}/topics/closure.md:9:11 The quote "The port" occurs more than once in "good" (¶1): quote more words so that it is unique.`,
      `${base}/topics/closure.md:9:48 "good" has no ¶7: its paragraphs are numbered 1 to 2.`,
      `${base}/topics/closure.md:11:11 The citation of "good" needs a locator: write [@good, "exact words"] or [@good, ¶4].`,
      `${base}/topics/closure.md:11:38 "@bad-frontmatter" cannot be checked until the errors in its own file are fixed.`,
      '',
      '11 errors in the content.',
    ]);
  });

  it('warns, at the word, of likelihood words off the ICD 203 scale in key judgments, and at the judgment of confidence that outruns its origins', async () => {
    const result = await checkInProcess({ DOSSIER_CONTENT: 'tests/fixtures/dossiers/estimative' });
    expect(result.status).toBe(0);
    const topic = 'tests/fixtures/dossiers/estimative/topics/strike.md';
    const scale = 'which is not on the ICD 203 likelihood scale: say how likely (almost no chance, very unlikely, unlikely, roughly even chance, likely, very likely, almost certain).';
    // Not the "might" of a basis, nor the "may" or "could" outside the key judgments (the article's own words, in a quote).
    // The summary goes to stdout, which the output lists before stderr's warnings.
    expect(result.output.trim().split('\n')).toEqual([
      'Content OK (5 warnings).',
      // The fixture's reports name no origin: under the calibration rule, unattributed words support no confidence above low.
      `${topic}:9:1 warning: Moderate confidence rests on no named origin; it needs at least 1. Unattributed reports name no origin.`,
      `${topic}:9:34 warning: Key judgment uses "possible", ${scale}`,
      `${topic}:10:29 warning: Key judgment uses "could", ${scale}`,
      `${topic}:11:1 warning: Moderate confidence rests on no named origin; it needs at least 1. Unattributed reports name no origin.`,
      `${topic}:12:1 warning: High confidence rests on no named origin; it needs at least 2. Unattributed reports name no origin.`,
    ]);
  });

  it('counts origins, not reports: warns at the judgment of high confidence resting on two reports that relay one statement, and suggests an attribution at a citation of reported speech', async () => {
    const result = await checkInProcess({ DOSSIER_CONTENT: 'tests/fixtures/dossiers/origins' });
    expect(result.status).toBe(0);
    const topic = 'tests/fixtures/dossiers/origins/topics/harbour.md';
    expect(result.output.trim().split('\n')).toEqual([
      'Content OK (2 warnings).',
      `${topic}:9:1 warning: High confidence rests on one independent named origin; it needs at least 2. Unattributed reports name no origin.`,
      `${topic}:14:536 warning: Suggestion: the cited passage of "@2026-02-01-gazette-harbour" (¶3, "A ferry captain said the diversion would add an hour") carries reported speech ("said") and no attribution; if it relays a statement, mark it under "attributions" in the article, so that it counts as that origin.`,
    ]);
  });

  it('refuses timeline dates that no calendar has, that are only a year, or ranges that run backwards, at the date', async () => {
    const content = seedContentCopy();
    const timeline = path.join(content, 'timeline.yaml');
    const lines = readFileSync(timeline, 'utf8').split('\n');
    const dated = lines.flatMap((line, index) => (line.startsWith('- date: ') ? [index] : []));
    const [impossible, yearOnly] = [dated[0]!, dated[2]!];
    lines[impossible] = '- date: "2025-02-30"';
    lines[yearOnly] = '- date: 2025';
    writeFileSync(timeline, lines.join('\n'));
    const result = await checkInProcess({ DOSSIER_CONTENT: content });
    expect(result.status).toBe(1);
    expect(result.output).toContain(`timeline.yaml:${impossible + 1}:3 "[0].date" must be a real date (February 2025 has 28 days), not the text "2025-02-30".`);
    expect(result.output).toContain(`timeline.yaml:${yearOnly + 1}:3 "[2].date" must be a date written YYYY-MM-DD or YYYY-MM, or a range of days YYYY-MM-DD/YYYY-MM-DD, not the text "2025".`);
    lines[yearOnly] = '- date: "2025-06-14/2025-06-13"';
    writeFileSync(timeline, lines.join('\n'));
    expect((await checkInProcess({ DOSSIER_CONTENT: content })).output).toContain(`timeline.yaml:${yearOnly + 1}:3 "[2].date" must be a range of days YYYY-MM-DD/YYYY-MM-DD (its first day must come before its last), not the text "2025-06-14/2025-06-13".`);
  });

  it('names every citation of an article that was removed', async () => {
    const content = seedContentCopy();
    rmSync(path.join(content, 'articles', '2025-06-14-fifty-minute-call.md'));
    const result = await checkInProcess({ DOSSIER_CONTENT: content });
    expect(result.status).toBe(1);
    const lines = result.output.trim().split('\n').filter((l) => l.includes('Unknown source'));
    const grep = spawnSync('grep', ['-c', '@2025-06-14-fifty-minute-call', ...['dossier.md', 'topics/the-call.md', 'topics/israel-iran-strikes.md', 'topics/ukraine-prisoner-swaps.md'].map((f) => path.join(content, f))], { encoding: 'utf8' });
    expect(grep.stdout).not.toBe('');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      expect(line).toMatch(/(dossier\.md|topics\/[a-z-]+\.md|claims\/[a-z-]+\.yaml|timeline\.yaml):\d+:\d+ (claim "[a-z-]+": )?Unknown source "@2025-06-14-fifty-minute-call": no article has this id\./u);
    }
  });

  it('warns at a key judgment whose confidence changed since the last commit, until a dated reason is added', async () => {
    const content = seedContentCopy();
    const git = (...args: string[]) => {
      const result = spawnSync('git', ['-C', content, '-c', 'user.name=Analyst', '-c', 'user.email=analyst@example.org', ...args], { encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
    };
    git('init', '--quiet');
    git('add', '.');
    git('commit', '--quiet', '-m', 'The dossier as reviewed');
    const topic = path.join(content, 'topics', 'the-call.md');
    const lines = readFileSync(topic, 'utf8').split('\n');
    const at = lines.findIndex((line) => line.includes('{#putin-placed-call'));
    expect(lines[at]).toMatch(/^- \*\*Moderate confidence\.\*\* /u);
    lines[at] = lines[at]!.replace('**Moderate confidence.**', '**Low confidence.**');
    writeFileSync(topic, lines.join('\n'));

    // The seed's own two warnings (suggested attributions) come before and after this one.
    const changed = await checkInProcess({ DOSSIER_CONTENT: content });
    expect(changed.status).toBe(0);
    expect(unlessSeedWarnings(changed.output)).toEqual([
      'Content OK (7 warnings).',
      `${path.relative(PROJECT_ROOT, topic)}:${at + 1}:1 warning: Key judgment "putin-placed-call" changed its confidence (moderate → low) since the last commit; add a dated reason to judgment_history.`,
    ]);

    const history = lines.indexOf('judgment_history:');
    expect(history).toBeGreaterThan(0);
    lines.splice(history + 1, 0, '  - judgment: putin-placed-call', '    date: "2026-12-07"', '    from: { confidence: moderate }', '    reason: "Only Trump says who called."');
    writeFileSync(topic, lines.join('\n'));
    const explained = await checkInProcess({ DOSSIER_CONTENT: content });
    expect(explained.status).toBe(0);
    expect(unlessSeedWarnings(explained.output)).toEqual(['Content OK (6 warnings).']);
  });

  it('warns at the expected_by of an indicator whose date has passed unreviewed, from the day after it, with today set by DOSSIER_TODAY', async () => {
    const content = seedContentCopy();
    const topic = path.join(content, 'topics', 'ukraine-prisoner-swaps.md');
    const lines = readFileSync(topic, 'utf8').split('\n');
    const at = lines.indexOf('    expected_by: "2025-06-22"');
    expect(lines[at + 1]).toBe('    reviewed:');
    lines.splice(at + 1, 3);
    writeFileSync(topic, lines.join('\n'));

    expect(unlessSeedWarnings((await checkInProcess({ DOSSIER_CONTENT: content, DOSSIER_TODAY: '2025-06-22' })).output)).toEqual(['Content OK (6 warnings).']);
    const due = await checkInProcess({ DOSSIER_CONTENT: content, DOSSIER_TODAY: '2025-06-23' });
    expect(due.status).toBe(0);
    expect(unlessSeedWarnings(due.output)).toEqual([
      'Content OK (7 warnings).',
      `${path.relative(PROJECT_ROOT, topic)}:${at + 1}:5 warning: Watch indicator due for review: it was expected by 22 June 2025. Revise the judgments it bears on, record the review (reviewed: date and finding), or remove it.`,
    ]);
    const refused = await checkInProcess({ DOSSIER_CONTENT: content, DOSSIER_TODAY: '23 June 2025' });
    expect(refused.status).toBe(1);
    expect(refused.output.trim()).toBe('DOSSIER_TODAY must be a day written YYYY-MM-DD, not "23 June 2025".');
  });

  it('refuses an indicator naming no key judgment of the page, at the name', async () => {
    const content = seedContentCopy();
    const topic = path.join(content, 'topics', 'the-call.md');
    const { at, lines } = replaceLine(topic, '    judgments: [putin-placed-call, call-length, iran-dominated]', '    judgments: [putin-placed-call, call-lenght, iran-dominated]');
    const result = await checkInProcess({ DOSSIER_CONTENT: content });
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${path.relative(PROJECT_ROOT, topic)}:${at + 1}:${lines[at]!.indexOf('call-lenght') + 1} watch[0]: no key judgment of this page has the id "call-lenght".`);
  });

  it('refuses a dated change naming no key judgment of the page, at its entry', async () => {
    const content = seedContentCopy();
    const topic = path.join(content, 'topics', 'the-call.md');
    const { at, lines } = replaceLine(topic, '  - judgment: putin-placed-call', '  - judgment: putin-called');
    const entry = lines.slice(0, at).filter((line) => line.startsWith('  - judgment: ')).length;
    const result = await checkInProcess({ DOSSIER_CONTENT: content });
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${path.relative(PROJECT_ROOT, topic)}:${at + 1}:5 judgment_history[${entry}]: no key judgment of this page has the id "putin-called".`);
  });
  it('warns at both passages of a paraphrase that may share an origin, not at independent wording of the same fact, and not once the analyst records the passage as independent', async () => {
    const base = 'tests/fixtures/dossiers/echo';
    const gazette = `${base}/articles/2026-04-01-gazette-bridge.md`;
    const courier = `${base}/articles/2026-04-01-courier-bridge.md`;
    const result = await checkInProcess({ DOSSIER_CONTENT: base });
    expect(result.status).toBe(0);
    const message = (there: string) => `¶1 may share an origin with ${there} (¶1): both have “the bridge will reopen to”. Give them one origin (attributions), or record the passage under "independent" with a reason.`;
    expect(result.output.trim().split('\n')).toEqual(['Content OK (2 warnings).', `${courier}:8:1 warning: ${message(`${gazette}:11`)}`, `${gazette}:11:1 warning: ${message(`${courier}:8`)}`]);

    const scratch = mkdtempSync(path.join(os.tmpdir(), 'dossier-echo-'));
    onTestFinished(() => rmSync(scratch, { recursive: true, force: true }));
    cpSync(path.join(PROJECT_ROOT, base), scratch, { recursive: true });
    const file = path.join(scratch, 'articles', '2026-04-01-courier-bridge.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('imported_from: "fixture"\n', 'imported_from: "fixture"\nindependent:\n  - quote: "The bridge will reopen to cars in early May"\n    reason: "Our reporter read the contractor’s schedule."\n'));
    const independent = await checkInProcess({ DOSSIER_CONTENT: scratch });
    expect(independent.output.trim().split('\n')).toEqual(['Content OK.']);
  });

  it('warns at a status word in topic prose, at its file:line:column: the ledger sets verdicts, a claim reference shows them', async () => {
    const content = seedContentCopy();
    const file = path.join(content, 'topics', 'the-call.md');
    const line = '## What remains unknown';
    const { at } = replaceLine(file, line, `${line}\n\nThe date is corroborated and the length is Disputed, {claim:call-length}.`);
    const result = await checkInProcess({ DOSSIER_CONTENT: content });
    expect(result.status).toBe(0);
    const warning = (column: number, word: string) =>
      `${path.relative(PROJECT_ROOT, file)}:${at + 3}:${column} warning: "${word}" states a verdict in the prose: the ledger (claims/) sets each claim's status; refer to the claim with {claim:<id>} and let the page show it.`;
    expect(unlessSeedWarnings(result.output).filter((l) => l.includes('states a verdict'))).toEqual([warning(13, 'corroborated'), warning(44, 'Disputed')]);
  });
  it('refuses control characters, bidirectional overrides in metadata, alias bombs, javascript: links and remote images in content, each at its place, warns of a future publication date and of copies that derive from each other in a circle, and prints no control character to the terminal', async () => {
    const base = 'tests/fixtures/hostile/dossier/articles';
    const result = await checkInProcess({ DOSSIER_CONTENT: 'tests/fixtures/hostile/dossier', DOSSIER_TODAY: '2026-12-07' });
    expect(result.status).toBe(1);
    const control = (code: string, where: string) => `A control character (${code}) ${where}: it has no place in text for readers, breaks the feed and the citation files, and can rewrite a terminal's screen. Remove it.`;
    expect(result.output.trim().split('\n')).toEqual([
      `${base}/bidi-override-in-title.md:2:1 A bidirectional control character (U+202E) is in "title" in the frontmatter: it can make the text read otherwise than it is written. Remove it.`,
      `${base}/billion-laughs.md:7:9 YAML aliases in the frontmatter expand to more than 100 copies: write the values out, or use fewer aliases.`,
      `${base}/circle-b.md:5:16 warning: derived_from[0]: the articles derive from each other in a circle (circle-a → circle-b → circle-a): name the one that is the original, and let only the others derive from it.`,
      `${base}/escape-in-title.md:2:1 ${control('U+001B', 'is in "title" in the frontmatter')}`,
      `${base}/future-date.md:4:1 warning: "published" is 4 March 2099, after today (7 December 2026): check the date.`,
      `${base}/nul-in-outlet.md:3:1 ${control('U+0000', 'is in "outlet" in the frontmatter')}`,
      `${base}/raw-control.md:6:22 ${control('U+0001', 'is in the text')}`,
      `${base}/reference-to-a-control.md:8:1 ${control('U+0007', 'is in ¶2, written as a character reference')}`,
      'tests/fixtures/hostile/dossier/topics/quay.md:9:5 A link to "javascript:" is not a link a reader can follow safely: only web (http, https) and mail (mailto) links, and links within the site, are allowed.',
      'tests/fixtures/hostile/dossier/topics/quay.md:9:57 The image "https://tracker.example/pixel.gif" is on another host: a page of the dossier loads nothing from elsewhere. Put the image in public/ and link it from the site\'s root.',
      // A citation is read as written: a tag in its quote is the quote's characters, which the source does not print.
      'tests/fixtures/hostile/dossier/topics/quay.md:11:21 The quote "The quay <b>is</b> closed" is not in "fine". The closest passage is ¶1: "The quay is closed".',
      '',
      '9 errors in the content.',
    ]);
    expect(result.output).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u);
  });
});
