/**
 * One content path: `astro dev`, `npm run check` and `npm run build` load the
 * dossier with the same code, so they report the same problems at the same
 * places; a build reads each content file once; dev picks up a new article,
 * its page and its citation files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { copySeedContent, runBuild, runCheck, PROJECT_ROOT } from '../support/build.ts';
import { startDevServer } from '../support/dev-server.ts';
import { allFiles } from '../support/html.ts';

const BROKEN = 'tests/fixtures/dossiers/broken';
/** `file:line:column message` at the start of a diagnostic, wherever a tool's prefix puts it. */
const DIAGNOSTIC = new RegExp(`(${BROKEN.replaceAll('/', '\\/')}/\\S+:\\d+:\\d+ .*)$`, 'u');
const diagnosticsIn = (output: string) => [...new Set(output.split('\n').flatMap((line) => line.match(DIAGNOSTIC)?.[1] ?? []))].sort();

// In the shared scratch folder, whose removal also removes the caches its builds leave in node_modules.
const scratch = path.join(inject('scratch'), 'one-path');
mkdirSync(scratch, { recursive: true });

describe('one content path', () => {
  it('astro dev, npm run check and npm run build report the same diagnostics at the same file:line:column', async () => {
    const check = diagnosticsIn(runCheck({ DOSSIER_CONTENT: BROKEN }).output);
    // The fixture breaks a note, a claim quote and a timeline quote, among others.
    expect(check.some((d) => /articles\/good\.md:6:5 notes\[0\]/u.test(d))).toBe(true);
    expect(check.some((d) => /claims\/closure\.yaml:5:7 claim "reopening-day"/u.test(d))).toBe(true);
    expect(check.some((d) => /timeline\.yaml:4:3 The quote "Ferries resumed at dawn"/u.test(d))).toBe(true);
    expect(check).toHaveLength(11);

    const build = runBuild({ DOSSIER_CONTENT: BROKEN, DOSSIER_OUT_DIR: path.join(scratch, 'broken-dist') });
    expect(build.status).toBe(1);
    expect(diagnosticsIn(build.output)).toEqual(check);

    const dev = await startDevServer({ DOSSIER_CONTENT: BROKEN });
    try {
      expect(diagnosticsIn(dev.output())).toEqual(check);
      // Every page says what is wrong until it is fixed.
      const page = await fetch(`${dev.url}/`);
      expect(page.status).toBe(500);
    } finally {
      await dev.close();
    }
  });

  it('a build reads each content file once', () => {
    const content = path.join(scratch, 'read-once');
    copySeedContent(content);
    const log = path.join(scratch, 'reads.log');
    const build = runBuild({
      DOSSIER_CONTENT: content,
      DOSSIER_OUT_DIR: path.join(scratch, 'read-once-dist'),
      NODE_OPTIONS: `--import ${path.join(PROJECT_ROOT, 'tests/support/count-reads.ts')}`,
      COUNT_READS_UNDER: content,
      COUNT_READS_LOG: log,
    });
    expect(build.status, build.output).toBe(0);
    const reads = readFileSync(log, 'utf8').trim().split('\n');
    const counts = Map.groupBy(reads, (file) => path.relative(content, file));
    const files = allFiles(content);
    expect(files.length).toBeGreaterThan(10);
    expect([...counts.keys()].sort()).toEqual(files.sort());
    for (const [file, times] of counts) expect(times, file).toHaveLength(1);
  });

  it('astro dev serves an article added while it runs, reloading only that file', async () => {
    const content = path.join(scratch, 'dev-add');
    copySeedContent(content);
    const dev = await startDevServer({ DOSSIER_CONTENT: content });
    try {
      const before = await fetch(`${dev.url}/sources/2026-01-02-added-in-dev/`);
      expect(before.status).toBe(404);
      writeFileSync(
        path.join(content, 'articles', '2026-01-02-added-in-dev.md'),
        '---\ntitle: "Added while the server runs"\noutlet: "Gazette"\npublished: "2026-01-02"\n---\nThe harbour master confirmed the reopening.\n',
      );
      let page: Response | undefined;
      for (let i = 0; i < 200 && page?.status !== 200; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        page = await fetch(`${dev.url}/sources/2026-01-02-added-in-dev/`);
      }
      expect(page?.status).toBe(200);
      expect(await page!.text()).toContain('The harbour master confirmed the reopening.');
      expect(dev.output()).toMatch(/Reloaded .*2026-01-02-added-in-dev\.md in \d+ ms: 0 errors/u);
      // Its citation files too, made as a build makes them (src/integrations/citation-files.ts).
      const bibtex = await fetch(`${dev.url}/sources/2026-01-02-added-in-dev/cite.bib`);
      expect(bibtex.headers.get('content-type')).toBe('application/x-bibtex; charset=utf-8');
      expect(await bibtex.text()).toMatch(/^@\w+\{2026-01-02-added-in-dev,[\s\S]*title = \{.*while the server runs\}/u);
    } finally {
      await dev.close();
    }
  });
});
