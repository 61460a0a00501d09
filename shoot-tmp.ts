/** Screenshots every page kind at three widths, light and dark, plus a few states; reports CSP violations. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '/work/main/node_modules/playwright-core/index.mjs';
import { serveStatic } from '/work/main/tests/support/static-server.ts';
import { CHROMIUM_FLAGS } from '/work/main/tests/support/browser.ts';

const [dist, out] = process.argv.slice(2) as [string, string];
mkdirSync(out, { recursive: true });
const pages: Record<string, string> = {
  home: '', topic: 'topics/the-call/', source: 'sources/2025-06-14-fifty-minute-call/', claims: 'claims/', timeline: 'timeline/',
  entities: 'entities/', entity: 'entities/yuri-ushakov/', sourcesindex: 'sources/', search: 'search/?q=Ushakov', print: 'print/',
};
const server = await serveStatic(path.resolve(dist));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_FLAGS, '--hide-scrollbars', '--font-render-hinting=none'] });
const problems: string[] = [];
async function open(url: string, width: number, scheme: 'light' | 'dark', media: 'screen' | 'print' = 'screen') {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, reducedMotion: 'reduce', deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.emulateMedia({ media });
  page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy|Refused/.test(m.text())) problems.push(`${url} ${width} ${scheme}: console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`${url}: pageerror ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as any).__csp = [...((window as any).__csp ?? []), `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`];
    });
  });
  await page.goto(server.url + url, { waitUntil: 'load' });
  if (url.startsWith('search')) {
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 10_000 });
    await page.waitForTimeout(800);
  }
  if (url.includes('highlight=')) await page.locator('mark.pagefind-highlight').first().waitFor({ state: 'attached', timeout: 10_000 });
  await page.evaluate(() => document.fonts.ready);
  return { page, context };
}
async function shot(name: string, url: string, width: number, scheme: 'light' | 'dark', act?: (p: any) => Promise<void>, media: 'screen' | 'print' = 'screen') {
  const { page, context } = await open(url, width, scheme, media);
  if (act) await act(page);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true, animations: 'disabled', caret: 'hide' });
  const csp = await page.evaluate(() => (window as any).__csp ?? []);
  for (const v of csp) problems.push(`${name}: CSP violation ${v}`);
  // Styles that failed to load or apply leave sheets out of document.styleSheets.
  const sheets = await page.evaluate(() => [...document.styleSheets].map((s) => s.href ?? `inline:${(s.ownerNode as Element)?.textContent?.length}`));
  writeFileSync(`${out}/${name}.sheets.json`, JSON.stringify(sheets));
  await context.close();
}
for (const [kind, url] of Object.entries(pages))
  for (const width of [390, 768, 1280])
    for (const scheme of ['light', 'dark'] as const) await shot(`${kind}-${width}-${scheme}`, url, width, scheme);
// States: a targeted, search-highlighted passage; an open citation preview; print media.
for (const scheme of ['light', 'dark'] as const) {
  await shot(`source-highlight-1280-${scheme}`, `${pages.source}?highlight=witkoff#p-3`, 1280, scheme);
  await shot(`topic-preview-1280-${scheme}`, pages.topic, 1280, scheme, async (p) => { await p.locator('.citation-marker').first().focus(); });
  await shot(`topic-preview-390-${scheme}`, pages.topic, 390, scheme, async (p) => { await p.locator('.citation-marker').first().focus(); });
}
for (const kind of ['print', 'source', 'topic', 'home', 'claims'] as const) await shot(`${kind}-printmedia-768`, pages[kind], 768, 'light', undefined, 'print');
await browser.close();
await server.close();
writeFileSync(`${out}/problems.txt`, problems.join('\n'));
console.log(problems.length ? problems.join('\n') : 'no problems');
