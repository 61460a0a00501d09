/**
 * The baseline the dossier's pipeline is compared with: the plainest Astro 7
 * site over the same articles. One content collection with the stock glob()
 * loader and a minimal schema, one page per article rendered with render(),
 * the default Markdown processor, then the Pagefind CLI over the output.
 * No citation checking, no derived pages: what any Astro + Pagefind site of
 * this many Markdown files costs.
 */
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { failureOf, measureOutput, runMeasured, type RunResult } from './measure.ts';
import { astroPhases, type BuildMeasurement } from './phases.ts';
import { astroHeapFlags } from '../../src/cli/astro-heap.ts';
import { PROJECT_ROOT, userEnvironment } from '../support/build.ts';

/**
 * The plainest static Astro site. Astro's cache stays inside the project,
 * deleted by every clean build. Vite's dependency cache would default to
 * node_modules/.vite, which is the dossier project's (node_modules is a
 * link): there the two configs would evict each other's optimised
 * dependencies and both pay to redo them on every build. So the baseline
 * keeps its own, kept across builds as the dossier's is.
 */
const config = (viteCacheDir: string) => `import { defineConfig } from 'astro/config';
export default defineConfig({
  cacheDir: './.cache',
  devToolbar: { enabled: false },
  vite: { cacheDir: ${JSON.stringify(viteCacheDir)} },
});
`;

const contentConfig = (articlesDir: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// The same article files the dossier builds, read where they are.
export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*.md', base: ${JSON.stringify(articlesDir)} }),
    schema: z.object({ title: z.string(), outlet: z.string(), published: z.string() }),
  }),
};
`;

const ARTICLE_PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const articles = await getCollection('articles');
  return articles.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <title>{entry.data.title}</title>
  </head>
  <body>
    <main>
      <h1>{entry.data.title}</h1>
      <p>{entry.data.outlet}, {entry.data.published}</p>
      <Content />
    </main>
  </body>
</html>
`;

/**
 * Writes the baseline project into `dir`, over the articles in `articlesDir`.
 * Its node_modules is a link to the dossier project's, so it runs the very
 * same Astro, Vite and Pagefind.
 */
export async function createBaseline(dir: string, articlesDir: string, viteCacheDir: string): Promise<void> {
  await mkdir(path.join(dir, 'src', 'pages', 'articles'), { recursive: true });
  await symlink(path.join(PROJECT_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  await writeFile(path.join(dir, 'package.json'), '{ "name": "bench-baseline", "private": true, "type": "module" }\n');
  await writeFile(path.join(dir, 'astro.config.mjs'), config(viteCacheDir));
  await writeFile(path.join(dir, 'src', 'content.config.ts'), contentConfig(articlesDir));
  await writeFile(path.join(dir, 'src', 'pages', 'articles', '[id].astro'), ARTICLE_PAGE);
}

/** Combines the Astro and Pagefind steps into one measurement: times add up, memory is the higher peak. */
function combine(astro: RunResult, pagefind: RunResult): RunResult {
  const shift = (r: RunResult, by: number) => r.lines.map((l) => ({ at: l.at + by, text: l.text }));
  const maxes = [astro.maxProcessRss, pagefind.maxProcessRss].filter((v): v is number => v !== undefined);
  const sum = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : a + b);
  return {
    wallMs: astro.wallMs + pagefind.wallMs,
    peakTreeRss: Math.max(astro.peakTreeRss, pagefind.peakTreeRss),
    maxProcessRss: maxes.length > 0 ? Math.max(...maxes) : undefined,
    cpuMs: sum(astro.cpuMs, pagefind.cpuMs),
    otherCpuMs: sum(astro.otherCpuMs, pagefind.otherCpuMs),
    ownCpuMs: astro.ownCpuMs + pagefind.ownCpuMs,
    lines: [...astro.lines, ...shift(pagefind, astro.wallMs)],
    exitCode: pagefind.exitCode,
  };
}

/** A clean build of the baseline (caches and output removed first), search index included. */
export async function buildBaseline(dir: string): Promise<BuildMeasurement> {
  const result = await tryBaselineBuild(dir);
  if ('failed' in result) throw failureOf(`The baseline ${result.step} build`, result.failed);
  return result;
}

/** A clean build that may fail (the 100,000-article run): its measurement, or the step and run that failed. */
export async function tryBaselineBuild(dir: string): Promise<BuildMeasurement | { failed: RunResult; step: string }> {
  const dist = path.join(dir, 'dist');
  for (const leftover of ['dist', '.cache', '.astro']) await rm(path.join(dir, leftover), { recursive: true, force: true });
  const env = userEnvironment({});
  // The same heap as the dossier's Astro process (src/cli/build.ts), so that at 100,000 articles both may use the machine's memory.
  const astro = await runMeasured(process.execPath, [...astroHeapFlags(), path.join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: dir, env });
  if (astro.exitCode !== 0) return { failed: astro, step: 'Astro' };
  const pagefind = await runMeasured(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), '--site', 'dist'], { cwd: dir, env });
  if (pagefind.exitCode !== 0) return { failed: combine(astro, pagefind), step: 'Pagefind' };
  const run = combine(astro, pagefind);
  return { run, output: await measureOutput(dist), phases: [...astroPhases(astro.lines, astro.wallMs), { name: 'Pagefind', ms: pagefind.wallMs }] };
}
