/**
 * `npm run build` under faults: killed (SIGKILL to all its processes) at any
 * point, it leaves the site folder the previous site or the new one, whole,
 * and the content untouched; the next build cleans up after it (its staging
 * folder and the pages it staged for the search index); two builds
 * started at once both succeed, one after the other.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { copySeedContent, runBuild, folderFingerprint, projectCopy, startBackgroundBuild, type BackgroundBuild } from '../support/build.ts';
import { outputFolder } from '../../src/cli/output-folder.ts';
import { contentCacheDir } from '../../src/lib/content/cache-dir.ts';

/** This file's own checkout, so that no other test's build holds its build lock. */
let checkout: string;
let content: string;
let out: string;
let env: Record<string, string>;
/** The two versions of the dossier the builds alternate between, and the site each one builds. */
const versions = { original: '', revised: '' };
const sites: Record<keyof typeof versions, string[]> = { original: [], revised: [] };

/** The folders of pages staged for the search index, one a build (src/integrations/search-index.ts), in the content's cache folder. */
const stagedSearchPages = () => {
  const folder = path.join(contentCacheDir(checkout, content), 'search-staging');
  return existsSync(folder) ? readdirSync(folder) : [];
};
const titleFile = () => path.join(content, 'dossier.md');
const currentVersion = (): keyof typeof versions => (readFileSync(titleFile(), 'utf8') === versions.original ? 'original' : 'revised');
const setVersion = (version: keyof typeof versions) => writeFileSync(titleFile(), versions[version]);
const versionOfSite = () => (Object.keys(sites) as Array<keyof typeof versions>).find((v) => folderFingerprint(out).join('\n') === sites[v].join('\n'));

function buildOrFail(extra: Record<string, string> = {}): string {
  const result = runBuild({ ...env, ...extra }, checkout);
  expect(result.status, result.output).toBe(0);
  return result.output;
}

beforeAll(() => {
  const scratch = path.join(inject('scratch'), 'faults');
  content = path.join(scratch, 'content');
  out = path.join(scratch, 'site');
  checkout = projectCopy(path.join(scratch, 'checkout'));
  env = { DOSSIER_CONTENT: content, DOSSIER_OUT_DIR: out };
  copySeedContent(content);
  versions.original = readFileSync(titleFile(), 'utf8');
  versions.revised = versions.original.replace(/^title: "(.*)"$/mu, 'title: "$1 (revised)"');
  expect(versions.revised).not.toBe(versions.original);

  setVersion('revised');
  buildOrFail();
  sites.revised = folderFingerprint(out);
  setVersion('original');
  buildOrFail();
  sites.original = folderFingerprint(out);
  expect(sites.original).not.toEqual(sites.revised);
  expect(sites.original.some((line) => line.startsWith('pagefind/pagefind.js '))).toBe(true);
});

/** Starts a build of the other version than the site shows, so that the site is either one and never a mix. */
function startBuildOfTheOtherVersion(): { build: BackgroundBuild; before: keyof typeof versions } {
  const before = versionOfSite();
  expect(before, 'the site is one of the two versions before the build').toBeDefined();
  setVersion(before === 'original' ? 'revised' : 'original');
  return { build: startBackgroundBuild(env, checkout), before: before! };
}

/**
 * Where to kill a build: when a line of its output appears (or this long
 * after its start), and how long after that; and which site that leaves.
 */
const KILL_POINTS: ReadonlyArray<{ readonly name: string; readonly after: RegExp | number; readonly delayMs: number; readonly leaves: 'the previous site' | 'the new site' | 'either site' }> = [
  { name: 'while Node and Astro start', after: 300, delayMs: 0, leaves: 'the previous site' },
  { name: 'while the content is synced', after: /\[content\] Syncing content/u, delayMs: 0, leaves: 'the previous site' },
  { name: 'while the pages are generated', after: /\/index\.html \(\+\d+ms\)/u, delayMs: 0, leaves: 'the previous site' },
  { name: 'when Astro has finished', after: /\[build\] Complete!/u, delayMs: 0, leaves: 'the previous site' },
  { name: 'while Pagefind indexes', after: /Indexing the site for search/u, delayMs: 50, leaves: 'the previous site' },
  { name: 'just before the switch', after: /Indexed \d+ pages for search/u, delayMs: 0, leaves: 'either site' },
  { name: 'during the switch', after: /Indexed \d+ pages for search/u, delayMs: 3, leaves: 'either site' },
  { name: 'just after the switch', after: /Built the dossier into/u, delayMs: 0, leaves: 'the new site' },
];

describe('a build killed', () => {
  it.each(KILL_POINTS)('$name leaves $leaves, whole, and the content as it was', async ({ after, delayMs, leaves }) => {
    const { build, before } = startBuildOfTheOtherVersion();
    const contentBefore = folderFingerprint(content);
    if (typeof after === 'number') await sleep(after);
    else await build.lineMatching(after);
    await sleep(delayMs);
    build.killAll();
    const exit = await build.exited;
    if (leaves === 'the previous site') expect(exit.signal, build.output()).toBe('SIGKILL');

    const now = versionOfSite();
    expect(now, `the site is neither the previous one (${before}) nor the new one; the build printed:\n${build.output()}`).toBeDefined();
    if (leaves === 'the previous site') expect(now).toBe(before);
    if (leaves === 'the new site') expect(now).toBe(currentVersion());
    expect(folderFingerprint(content)).toEqual(contentBefore);
  });

  it('leaves nothing behind once the next build ran: that build takes over its lock, cleans up and builds the same site', async () => {
    const { build } = startBuildOfTheOtherVersion();
    // Killed while Pagefind indexes, once the pages for it are being staged: the build's folder and the staged pages are both left.
    let ended = false;
    void build.exited.then(() => (ended = true));
    await build.lineMatching(/Indexing the site for search/u);
    while (!ended && stagedSearchPages().length === 0) await sleep(5);
    build.killAll();
    await build.exited;
    const { builds } = outputFolder(out);
    expect(readdirSync(builds).some((name) => name.endsWith('.staging')), 'the killed build left its staging folder').toBe(true);
    expect(stagedSearchPages(), 'the killed build left its staged search pages').toHaveLength(1);

    const output = buildOrFail();
    expect(output).toContain(`Took over the build lock of process ${build.pid}, which is no longer running.`);
    expect(versionOfSite()).toBe(currentVersion());
    // The site and the one before it, nothing half-built.
    const left = readdirSync(builds);
    expect(left.filter((name) => !/^[\dTZ-]+$/u.test(name))).toEqual([]);
    expect(left.length).toBeLessThanOrEqual(2);
    expect(readdirSync(path.dirname(out)).filter((name) => name.startsWith(`${path.basename(out)}.`))).toEqual([]);
    expect(stagedSearchPages()).toEqual([]);
  });
});

describe('two builds started at once', () => {
  it('both succeed, the second waiting for the first, which it names', async () => {
    const { build: first } = startBuildOfTheOtherVersion();
    const second = startBackgroundBuild(env, checkout);
    const exits = await Promise.all([first.exited, second.exited]);
    expect(exits, `${first.output()}\n${second.output()}`).toEqual([
      { status: 0, signal: null },
      { status: 0, signal: null },
    ]);
    const waited = [
      [first, second],
      [second, first],
    ].filter(([waiter, holder]) => waiter!.output().includes(`Waiting for the build in process ${holder!.pid} (started `));
    expect(waited).toHaveLength(1);
    expect(versionOfSite()).toBe(currentVersion());
  });
});
