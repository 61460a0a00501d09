/**
 * Adding an article is one command and a rebuild: the new source gets its
 * page, the briefing lists it, search finds it and the feed announces it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { copySeedContent, PROJECT_ROOT, projectCopy, runBuild, userEnvironment } from '../support/build.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { closeContextsOf, workerChromium } from '../support/browser.ts';

const ID = '2026-02-03-ferry-crews-walk-out-over-rosters';
let dist: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const content = path.join(inject('scratch'), 'added-content');
  dist = path.join(inject('scratch'), 'added-dist');
  copySeedContent(content);
  const add = spawnSync(process.execPath, ['src/cli/add.ts', 'tests/fixtures/articles/coastal-ferry-strike.html'], {
    cwd: PROJECT_ROOT,
    env: userEnvironment({ DOSSIER_CONTENT: content }),
    encoding: 'utf8',
  });
  if (add.status !== 0) throw new Error(add.stderr);
  // A second, plain-text article naming a person the dossier already indexes.
  const second = spawnSync(process.execPath, ['src/cli/add.ts', '-', '--title', 'Kremlin comments on the talks', '--outlet', 'Wire', '--published', '2025-06-16'], {
    cwd: PROJECT_ROOT,
    env: userEnvironment({ DOSSIER_CONTENT: content }),
    input: 'Kremlin aide Yuri Ushakov said on Monday that contacts would continue.\n\nNo date was set.\n',
    encoding: 'utf8',
  });
  if (second.status !== 0) throw new Error(second.stderr);
  // In a checkout of its own, so that no other test's build holds its build lock.
  const build = runBuild({ DOSSIER_CONTENT: content, DOSSIER_OUT_DIR: dist }, projectCopy(path.join(inject('scratch'), 'added-checkout')));
  if (build.status !== 0) throw new Error(build.output);
  server = await serveStatic(dist);
  browser = await workerChromium();
});
afterAll(async () => {
  await closeContextsOf(browser);
  await server?.close();
});

describe('an article added with npm run add, after a rebuild', () => {
  it('has its source page', () => {
    const page = readFileSync(path.join(dist, 'sources', ID, 'index.html'), 'utf8');
    expect(page).toContain('Ferry crews walk out over rosters');
    expect(page).toContain('id="p-2"');
  });

  it('is on the briefing, under Recently added and among the sources', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const recent = page.locator('section[aria-labelledby="recent-heading"] a', { hasText: 'Ferry crews walk out over rosters' });
    await expect(recent.count()).resolves.toBe(1);
    // The table of every source is on the index of sources, linked from the briefing.
    await page.goto(`${server.url}sources/`);
    await expect(page.locator('table a', { hasText: 'Ferry crews walk out over rosters' }).count()).resolves.toBe(1);
    await page.close();
  });

  it('is in the Atom feed', () => {
    const feed = readFileSync(path.join(dist, 'feed.xml'), 'utf8');
    expect(feed).toContain(`<id>http://localhost:4321/sources/${ID}/</id>`);
    expect(feed).toContain('Ferry crews walk out over rosters');
    expect(existsSync(path.join(dist, 'sitemap-0.xml'))).toBe(true);
    expect(readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8')).toContain(`/sources/${ID}/`);
  });

  it('shows on the page of an entity it names', () => {
    const page = readFileSync(path.join(dist, 'entities', 'yuri-ushakov', 'index.html'), 'utf8');
    expect(page).toContain('href="/sources/2025-06-16-kremlin-comments-on-the-talks/#p-1"');
  });

  it('is found by search, landing on the passage', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=seafarers`);
    const link = page.locator(`.search-result-section a[href*="/sources/${ID}/"]`).first();
    await link.waitFor({ timeout: 10_000 });
    expect(await link.getAttribute('href')).toMatch(/#p-2$/u);
    await page.close();
  });
});
