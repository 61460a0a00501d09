/**
 * Every built page carries a Content-Security-Policy that runs no script but
 * the site's own, applies no style but the site's own, and loads nothing from
 * elsewhere, and no link to another site hands it a reference to ours.
 */
import { createHash } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import type { Element } from 'hast';
import { htmlFiles, readPage } from '../support/html.ts';

const dist = inject('siteDist');
const pages = htmlFiles(dist);

/** The policy's directives, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
      const [name, ...sources] = d.split(/\s+/u);
      return [name!, sources] as const;
    }),
  );
}

describe('Content-Security-Policy', () => {
  it.each(pages)('%s has one, before any script, that allows only the site', (file) => {
    const tree = readPage(dist, file);
    const head = select('head', tree)!;
    const metas = selectAll('meta[http-equiv="content-security-policy"]', head);
    expect(metas).toHaveLength(1);
    const headElements = head.children.filter((n): n is Element => n.type === 'element');
    const metaIndex = headElements.indexOf(metas[0]!);
    const firstExecutable = headElements.findIndex((e) => e.tagName === 'script' && e.properties['type'] !== 'application/ld+json');
    if (firstExecutable !== -1) expect(metaIndex).toBeLessThan(firstExecutable);

    const policy = directives(String(metas[0]!.properties['content']));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    const scripts = policy.get('script-src')!;
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    // Nothing but the site itself and hashes of its own inline scripts.
    expect(scripts.filter((s) => !["'self'", "'wasm-unsafe-eval'"].includes(s) && !/^'sha256-[A-Za-z0-9+/=]+'$/u.test(s))).toEqual([]);
    expect(scripts.some((s) => s.startsWith('http') || s === '*')).toBe(false);
  });

  // Components' styles may be inlined (build.inlineStylesheets): a browser
  // applies each only if the policy lists its hash.
  it.each(pages)('%s allows each of its inline styles by hash, and no other', (file) => {
    const tree = readPage(dist, file);
    const meta = select('meta[http-equiv="content-security-policy"]', tree)!;
    const styleSources = directives(String(meta.properties['content'])).get('style-src')!;
    expect(styleSources).not.toContain("'unsafe-inline'");
    for (const style of selectAll('style', tree)) {
      const css = style.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
      expect(styleSources).toContain(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    }
  });
});

describe('links to other sites', () => {
  // The fixture dossier's articles have URLs; the seeds' are unknown.
  const dossiers = { seed: dist, harbour: inject('harbourDist') };
  const allPages = Object.entries(dossiers).flatMap(([name, root]) => htmlFiles(root).map((file) => [name, file, root] as const));

  it('exist in the fixture dossier, so the check below checks something', () => {
    const count = htmlFiles(dossiers.harbour).flatMap((file) => selectAll('a[href^="https://"]', readPage(dossiers.harbour, file))).length;
    expect(count).toBeGreaterThan(0);
  });

  it.each(allPages)('%s dossier, %s: every one has rel="noopener noreferrer"', (_name, file, root) => {
    const external = selectAll('a[href^="http"]', readPage(root, file)).filter((a) => !String(a.properties['href']).startsWith('http://localhost:4321/'));
    for (const link of external) {
      const rel = ([] as unknown[]).concat(link.properties['rel'] ?? []).map(String);
      expect(rel, String(link.properties['href'])).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
  });
});
