/**
 * Source text is untrusted. A hostile article (tests/fixtures/articles/hostile.md:
 * scripts, event handlers, javascript: and data: URLs, iframes, forms, SVG
 * scripts, style injection, off-site images, in its body, title, outlet, URL
 * and notes) is built into a copy of the seed dossier, cited from a topic
 * page, and opened in Chromium: no script of its runs and no request leaves
 * for another host. (Added with `npm run add`, it changes nothing but its own
 * source page and the lists of sources: tests/seed/hostile-add.test.ts, which
 * compares with the seed's shared build.)
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { JSDOM } from 'jsdom';
import { copySeedContent, PROJECT_ROOT, projectCopy, runBuild, userEnvironment } from '../support/build.ts';
import { closeContextsOf, workerChromium } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const FIXTURE = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'articles', 'hostile.md');
const ID = '2026-03-02-quay-closed';
const QUOTE = 'confirmed the closure of the northern quay';
/** Words of the hostile title and outlet that must show as text, never as markup. */
const TITLE_AS_TEXT = "Quay <script>window.__pwned = 'title'</script>";
const OUTLET_AS_TEXT = 'Harbour <b onclick=';
/** A plain-text source whose every <, > and & must reach the page as a character. */
const TEXT_FIXTURE = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'hostile', 'angle-brackets.txt');
const TEXT_ID = '2026-03-03-tide-tables';

/** A copy of the seed content in the test's scratch folder. */
function seedCopy(name: string): string {
  const content = path.join(inject('scratch'), name, 'content');
  mkdirSync(path.dirname(content), { recursive: true });
  copySeedContent(content);
  return content;
}

/** This file's own checkout, so that no other test's build holds its build lock; made on first use. */
let checkout: string | undefined;

function build(content: string, name: string): string {
  const dist = path.join(inject('scratch'), name, 'dist');
  checkout ??= projectCopy(path.join(inject('scratch'), 'hostile-checkout'));
  const result = runBuild({ DOSSIER_CONTENT: content, DOSSIER_OUT_DIR: dist }, checkout);
  if (result.status !== 0) throw new Error(`Building ${name} failed:\n${result.output}`);
  return dist;
}

/** What a page visit let happen: requests, dialogs, CSP violations, and whether any hostile script ran. */
interface Visit {
  readonly page: Page;
  readonly requests: string[];
  readonly dialogs: string[];
  readonly violations: () => Promise<string[]>;
  readonly pwned: () => Promise<unknown>;
}

async function visit(browser: Browser, url: string): Promise<Visit> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url);
  return {
    page,
    requests,
    dialogs,
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    pwned: () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
  };
}

/** Everything in the live DOM that could run script or load from elsewhere. */
async function activeContent(page: Page, origin: string): Promise<string[]> {
  return page.evaluate((siteOrigin) => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/iu.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
      }
    }
    for (const element of document.querySelectorAll('iframe, frame, object, embed, svg script, base, meta[http-equiv="refresh"], link[rel="stylesheet"]:not([href^="/"])')) {
      found.push(element.outerHTML.slice(0, 80));
    }
    for (const form of document.querySelectorAll('form')) {
      if (new URL((form as HTMLFormElement).action).origin !== siteOrigin) found.push(`form → ${(form as HTMLFormElement).action}`);
    }
    for (const link of document.querySelectorAll('a[href]')) {
      const protocol = new URL((link as HTMLAnchorElement).href).protocol;
      if (!['http:', 'https:', 'mailto:'].includes(protocol)) found.push(`a → ${(link as HTMLAnchorElement).href}`);
    }
    for (const script of document.querySelectorAll('script')) {
      if (script.src && new URL(script.src).origin !== siteOrigin) found.push(`script → ${script.src}`);
      if (/__pwned/u.test(script.textContent ?? '') && script.type !== 'application/ld+json') found.push(`inline script ${script.textContent?.slice(0, 40)}`);
    }
    return found;
  }, origin);
}

describe('a hostile article, built and opened in Chromium', () => {
  let dist: string;
  let server: StaticServer;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    const content = seedCopy('hostile');
    copyFileSync(FIXTURE, path.join(content, 'articles', `${ID}.md`));
    // A plain-text source full of angle brackets and ampersands, imported as a user would.
    const added = spawnSync(process.execPath, ['src/cli/add.ts', TEXT_FIXTURE, '--title', 'Tide tables change', '--outlet', 'Harbour News', '--published', '2026-03-03', '--id', TEXT_ID], {
      cwd: PROJECT_ROOT,
      env: userEnvironment({ DOSSIER_CONTENT: content }),
      input: '',
      encoding: 'utf8',
    });
    if (added.status !== 0) throw new Error(`npm run add failed:\n${added.stdout}${added.stderr}`);
    appendFileSync(path.join(content, 'topics', 'the-call.md'), `\nA text of angle brackets is cited here [@${TEXT_ID}, "when a\\<b and x>y no longer hold"].\n`);
    appendFileSync(path.join(content, 'topics', 'the-call.md'), `\nA harbour report is cited here to test untrusted sources [@${ID}, "${QUOTE}"].\n`);
    dist = build(content, 'hostile');
    server = await serveStatic(dist);
    origin = new URL(server.url).origin;
    browser = await workerChromium();
  });
  afterAll(async () => {
    await closeContextsOf(browser);
    await server?.close();
  });

  async function expectHarmless(v: Visit): Promise<void> {
    expect(await v.pwned(), 'a hostile script ran').toBeUndefined();
    expect(v.dialogs).toEqual([]);
    expect(v.requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:')), 'requests to other hosts').toEqual([]);
    expect(await v.violations(), 'the CSP had to block something').toEqual([]);
    expect(await activeContent(v.page, origin)).toEqual([]);
  }

  it('its source page shows the words and the harmless markup, and runs nothing of it', async () => {
    const v = await visit(browser, `${server.url}sources/${ID}/`);
    // Hovering and clicking where the handlers were does nothing either.
    await v.page.getByText('denied', { exact: true }).hover();
    await v.page.getByText('denied', { exact: true }).click();
    await v.page.getByText('the notice', { exact: true }).click();
    await expectHarmless(v);
    await expect(v.page.locator('h1').innerText()).resolves.toContain(TITLE_AS_TEXT);
    await expect(v.page.locator('.source-facts').innerText()).resolves.toContain(OUTLET_AS_TEXT);
    // The note, folded with its paragraph's others, opens in place.
    await v.page.locator('.passage-about:has(.note) > summary').first().click();
    await expect(v.page.locator('.note').innerText()).resolves.toContain("<script>window.__pwned = 'note'</script>");
    // Kept: emphasis, a web link (with rel), a list; the cited passage is highlighted.
    await expect(v.page.locator('#p-3 em').innerText()).resolves.toBe('fourteen');
    const link = v.page.locator('#p-8 a[href="https://harbour.example/report"]');
    await expect(link.getAttribute('rel')).resolves.toMatch(/noopener noreferrer/u);
    await expect(link.getAttribute('target')).resolves.toBeNull();
    await expect(v.page.locator('#p-8 ul li').allInnerTexts()).resolves.toEqual(['the northern quay', 'the fuel dock']);
    await expect(v.page.locator('#p-1 mark.cited').innerText()).resolves.toBe(QUOTE);
    // The page still shows: the injected style did not hide it.
    await expect(v.page.locator('main').isVisible()).resolves.toBe(true);
    await v.page.context().close();
  });

  it('a topic page citing it previews it as text and runs nothing of it', async () => {
    const v = await visit(browser, `${server.url}topics/the-call/`);
    const marker = v.page.locator(`a.citation-marker[href*="/sources/${ID}/#q-1-"]`);
    await marker.focus();
    const preview = v.page.locator(`#${await marker.getAttribute('aria-describedby')}`);
    await expect(preview.isVisible()).resolves.toBe(true);
    await expect(preview.innerText()).resolves.toContain(OUTLET_AS_TEXT);
    await expect(v.page.locator('.source-list').innerText()).resolves.toContain(TITLE_AS_TEXT);
    await expectHarmless(v);
    await v.page.context().close();
  });

  it('shows every character of a plain-text source as imported, its cited words highlighted, and its previews quote them', async () => {
    const v = await visit(browser, `${server.url}sources/${TEXT_ID}/`);
    const original = readFileSync(TEXT_FIXTURE, 'utf8').split('\n').filter((line) => line !== '');
    const shown = await v.page.locator('[id^="p-"] .paragraph-text, [id^="p-"]').evaluateAll((nodes) => nodes.filter((n) => /^p-\d+$/u.test(n.id)).map((n) => n.textContent ?? ''));
    for (const [i, line] of original.entries()) expect(shown[i], `¶${i + 1}`).toContain(line);
    // Markdown reads "<b and x>" as a tag: the topic writes the quote's "<" as "\\<", and it lands on the words as received.
    await expect(v.page.locator('#p-2 mark.cited').innerText()).resolves.toBe('when a<b and x>y no longer hold');
    await expectHarmless(v);
    await v.page.context().close();
    const topic = await visit(browser, `${server.url}topics/the-call/`);
    const marker = topic.page.locator(`a.citation-marker[href*="/sources/${TEXT_ID}/"]`);
    await expect(topic.page.locator(`#${await marker.getAttribute('aria-describedby')} mark`).textContent()).resolves.toBe('when a<b and x>y no longer hold');
    await topic.page.context().close();
  });

  it('the feed carries its title as text, and stays XML that a strict parser reads', () => {
    const xml = readFileSync(path.join(dist, 'feed.xml'), 'utf8');
    const document = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
    const titles = [...document.querySelectorAll('entry > title')];
    expect(titles.map((t) => t.getAttribute('type'))).toEqual(titles.map(() => 'text'));
    expect(titles.map((t) => t.textContent)).toContainEqual(expect.stringContaining(TITLE_AS_TEXT));
    for (const element of document.querySelectorAll('title, summary')) expect(element.children).toHaveLength(0);
  });

  it('search finds it and shows its title as text, running nothing of it', async () => {
    const v = await visit(browser, `${server.url}search/?q=moorings`);
    const result = v.page.locator('.search-result').first();
    await result.waitFor({ timeout: 10_000 });
    const title = result.locator('.search-result-title a');
    await expect(title.innerText()).resolves.toContain(TITLE_AS_TEXT);
    await expect(title.locator('*').count()).resolves.toBe(0);
    await expect(title.getAttribute('href')).resolves.toContain(`/sources/${ID}/`);
    // The outlet filter lists the hostile outlet by its words, with no element of it.
    await v.page.getByText('Filter by type, topic, claim status, outlet').click();
    const outlets = v.page.getByRole('group', { name: 'Outlet' });
    await outlets.waitFor({ timeout: 10_000 });
    await expect(outlets.textContent()).resolves.toContain('Harbour Gazette (1)');
    await expect(outlets.locator('.search-filter-value span *').count()).resolves.toBe(0);
    await expectHarmless(v);
    await v.page.context().close();
  });
});
