/**
 * Where citation previews open, for every marker of every page with markers
 * (the topics and the briefing), at a phone's, a tablet's and a desktop's
 * size: the preview alone, inside the viewport and off its marker; each
 * marker a 24×24 px tap target that leaves its line's height alone. On the
 * desktop sizes a page's markers are focused and measured in one
 * page.evaluate. In the light scheme: the dark one differs in colours alone,
 * which geometry.test.ts checks in the style sheets.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteSession } from '../support/site-session.ts';
import { htmlFiles, pagePathOf } from '../support/html.ts';
import { pagesIn } from '../support/built-site.ts';

const session = useSiteSession(() => inject('siteDist'));

function pagesWithMarkers(): string[] {
  const dist = inject('siteDist');
  return htmlFiles(dist)
    .filter((file) => readFileSync(path.join(dist, file), 'utf8').includes('class="citation-marker"'))
    .map(pagePathOf)
    .sort();
}

const VARIANTS = [
  { name: '390×844 touch', viewport: { width: 390, height: 844 }, phone: true },
  { name: '768×1024', viewport: { width: 768, height: 1024 }, phone: false },
  { name: '1280×800', viewport: { width: 1280, height: 800 }, phone: false },
] as const;

/**
 * In the page, one step of a walk over the markers: the problems of the
 * marker at index `measure` and of every preview shown with it (the popup,
 * or the phone's sheet), or with 'each by focus' of every marker in turn,
 * each given focus as the keyboard gives it; then, given `aim`, that marker
 * scrolled to mid-screen and its centre, for a tap.
 */
interface Step {
  readonly measure: number | 'each by focus' | undefined;
  readonly aim: number | undefined;
}

function walkStep({ measure, aim }: Step) {
  const all = [...document.querySelectorAll<HTMLElement>('a.citation-marker')];
  const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
  const place = (box: DOMRect) => `${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}×${Math.round(box.height)}`;
  const problemsOf = (marker: HTMLElement) => {
    const shown = [...document.querySelectorAll('.citation-preview, .citation-panel')].filter((preview) => preview.checkVisibility());
    const own = document.getElementById(marker.getAttribute('aria-describedby') ?? '');
    const at = marker.getBoundingClientRect();
    const problems: string[] = [];
    if (at.width < 24 || at.height < 24) problems.push(`the marker is ${place(at)}`);
    if (shown.length !== 1) problems.push(`${shown.length} previews show`);
    for (const preview of shown) {
      const box = preview.getBoundingClientRect();
      if (preview !== own && !preview.matches('.citation-panel')) problems.push('another marker’s preview shows');
      if (box.left < 0 || box.top < 0 || box.right > viewport.width || box.bottom > viewport.height) {
        problems.push(`the preview at ${place(box)} leaves the ${viewport.width}×${viewport.height} viewport`);
      }
      if (box.left < at.right && at.left < box.right && box.top < at.bottom && at.top < box.bottom) {
        problems.push(`the preview at ${place(box)} covers the marker at ${place(at)}`);
      }
    }
    return problems.map((problem) => `${marker.id} ${marker.textContent}: ${problem}`);
  };
  const problems = measure === 'each by focus'
    ? all.flatMap((marker) => {
      marker.focus();
      return problemsOf(marker);
    })
    : measure === undefined ? [] : problemsOf(all[measure]!);
  const next = aim === undefined ? undefined : all[aim];
  next?.scrollIntoView({ block: 'center' });
  // An open sheet may cover the next marker (a neighbour of the last one): the reader scrolls it clear, midway in the screen the sheet leaves.
  const sheet = document.querySelector<HTMLElement>('.citation-panel');
  const covering = sheet && sheet.checkVisibility() ? sheet.getBoundingClientRect() : undefined;
  const before = next?.getBoundingClientRect();
  if (next && before && covering && before.top < covering.bottom && covering.top < before.bottom) {
    // The middle of the larger band the sheet leaves: above a sheet at the bottom, below one at the top.
    const clearMiddle = covering.top > viewport.height - covering.bottom ? covering.top / 2 : (covering.bottom + viewport.height) / 2;
    window.scrollBy({ top: before.top + before.height / 2 - clearMiddle, behavior: 'instant' });
  }
  const box = next?.getBoundingClientRect();
  return { problems, centre: box && { x: box.left + box.width / 2, y: box.top + box.height / 2 } };
}

/** Paragraphs with markers whose height is not a whole number of lines: a marker made its line taller. */
function taller(): string[] {
  return [...document.querySelectorAll('p')].filter((p) => p.querySelector('a.citation-marker')).flatMap((p) => {
    const style = getComputedStyle(p);
    const height = p.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    const line = parseFloat(style.lineHeight);
    const lines = Math.round(height / line);
    return Math.abs(height - lines * line) < 1 ? [] : [`“${p.textContent!.slice(0, 40)}…” is ${height} px high, lines of ${line} px`];
  });
}

/**
 * Opens the previews as a phone user does, by a tap on each marker,
 * scrolled to mid-screen, and measures
 * them. Taps are real input events, so this is the slow part of the file:
 * each step measures the last tap's preview and aims the next tap at once.
 */
async function walkByTouch(page: Page, markers: number): Promise<string[]> {
  const problems: string[] = [];
  let measure: number | undefined;
  for (let aim = 0; ; aim += 1) {
    const done = await page.evaluate(walkStep, { measure, aim: aim < markers ? aim : undefined } satisfies Step);
    problems.push(...done.problems);
    if (!done.centre) return problems;
    await page.touchscreen.tap(done.centre.x, done.centre.y);
    measure = aim;
  }
}

/** Every problem on a page with markers. */
async function walk(page: Page, pathname: string, phone: boolean): Promise<string[]> {
  // Loaded afresh: a sheet left open on the last page's last marker would meet this page's first tap.
  await page.goto(`${session.server.url}${pathname}`);
  const markers = await page.locator('a.citation-marker').count();
  const problems = [
    ...(markers === 0 ? ['no markers'] : []),
    ...(await page.evaluate(taller)),
    ...(phone ? await walkByTouch(page, markers) : (await page.evaluate(walkStep, { measure: 'each by focus', aim: undefined } satisfies Step)).problems),
  ];
  return problems.map((problem) => `/${pathname} ${problem}`);
}

describe('every citation marker', () => {
  it.each(VARIANTS.map((variant) => [variant.name, variant] as const))('at %s: opens its preview alone, inside the viewport and off the marker; is 24×24 px or more, its line no taller', async (_size, variant) => {
    const context = await session.browser.newContext({ viewport: variant.viewport, isMobile: variant.phone, hasTouch: variant.phone, reducedMotion: 'reduce', colorScheme: 'light' });
    // One page walks them all, one after another: a page each costs Chromium a renderer process and gains no time on two cores.
    const page = await context.newPage();
    const pages = pagesWithMarkers();
    // Every topic page cites its sources.
    expect(pages.filter((pathname) => pathname.startsWith('topics/'))).toEqual(pagesIn(inject('siteDist'), 'topics'));
    const problems: string[] = [];
    for (const pathname of pages) problems.push(...(await walk(page, pathname, variant.phone)));
    await context.close();
    expect(problems).toEqual([]);
  });
});
