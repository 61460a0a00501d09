/**
 * Every internal link and #fragment in the built sites resolves, at the root
 * and in the site the GitHub Pages workflow builds, under its base path
 * (where every link must carry the base). The navigation marks the section
 * a page is in.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { htmlFiles, readPage } from '../support/html.ts';
import { pagesIn } from '../support/built-site.ts';
import { SUB_PATH } from './build-sites.ts';

/** Every broken internal link or fragment of a built site, as "page -> href". */
function brokenLinks(dist: string, base: string): string[] {
  const pages = new Map<string, Set<string>>();
  const links: { page: string; href: string }[] = [];
  for (const file of htmlFiles(dist)) {
    const tree = fromHtml(readFileSync(path.join(dist, file), 'utf8'));
    const ids = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (node.properties['id']) ids.add(String(node.properties['id']));
      for (const attribute of ['href', 'src', 'action'] as const) {
        const value = node.properties[attribute];
        if (typeof value === 'string') links.push({ page: file, href: value });
      }
    });
    pages.set(file, ids);
  }
  const broken: string[] = [];
  for (const { page, href } of links) {
    if (/^[a-z]+:/iu.test(href) || href.startsWith('//')) continue;
    const url = new URL(href, `http://site${base}${page.replace(/index\.html$/u, '')}`);
    if (!url.pathname.startsWith(base)) {
      broken.push(`${page} -> ${href} (outside the base ${base})`);
      continue;
    }
    const relative = decodeURIComponent(url.pathname.slice(base.length));
    const file = relative === '' || relative.endsWith('/') ? path.join(relative, 'index.html') : relative;
    if (!existsSync(path.join(dist, file))) {
      broken.push(`${page} -> ${href} (no file)`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && !pages.get(file)?.has(fragment)) broken.push(`${page} -> ${href} (no #${fragment})`);
  }
  return broken;
}

describe('internal links', () => {
  it('resolve in the seed dossier', () => {
    expect(brokenLinks(inject('siteDist'), '/')).toEqual([]);
  });

  it('resolve in the GitHub Pages build (the deploy workflow\'s command and base path), every one carrying the base', () => {
    expect(brokenLinks(inject('subPathDist'), SUB_PATH)).toEqual([]);
  });

  it('resolve in the second dossier', () => {
    expect(brokenLinks(inject('harbourDist'), '/')).toEqual([]);
  });

  it('resolve in the German dossier', () => {
    expect(brokenLinks(inject('germanDist'), '/')).toEqual([]);
  });

  it('are checked: a broken link is caught', () => {
    // The checker itself must fail on what it is meant to catch.
    const dist = inject('siteDist');
    const page = readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(page).toMatch(/href="\/topics\/[^"]+\/"/u);
    expect(brokenLinks(dist, '/').length).toBe(0);
    expect(brokenLinks(dist, '/elsewhere/').length).toBeGreaterThan(0);
  });
});

describe('the navigation', () => {
  /** The header's links on the page at `urlPath`, each with its aria-current. */
  const navOf = (dist: string, urlPath: string) =>
    Object.fromEntries(selectAll('.site-header nav a', readPage(dist, urlPath)).map((a) => [String(a.properties['href']), a.properties['ariaCurrent'] ?? null]));

  it('marks the section a page is in: its own page as the page, the pages within it as in it', () => {
    const dist = inject('siteDist');
    const topicLedger = pagesIn(dist, 'claims')[0]!;
    const entity = pagesIn(dist, 'entities')[0]!;
    expect(navOf(dist, '/claims/')).toMatchObject({ '/claims/': 'page', '/': null, '/entities/': null });
    expect(navOf(dist, topicLedger)).toMatchObject({ '/claims/': 'true', '/': null, '/entities/': null });
    expect(navOf(dist, entity)).toMatchObject({ '/entities/': 'true', '/claims/': null, '/': null });
    // The home page is a section of its own, not the one every page is in; a source is in none of the header's sections.
    expect(new Set(Object.values(navOf(dist, pagesIn(dist, 'sources')[0]!)))).toEqual(new Set([null]));
  });
});
