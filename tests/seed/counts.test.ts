/** The seed dossier as the loader assembles it: how many of each part, and its diagnostics. */
import path from 'node:path';
import { expect, it } from 'vitest';
import { createDossierLoader } from '../../src/lib/dossier/load.ts';
import { createCitingRenderer } from '../../src/markdown/pipeline.ts';
import { createUrls } from '../../src/lib/urls.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

// Counted in the files: `grep -o '@2025-06-14' content/topics/*.md | wc -l`, `grep -c '^- id:'`, …
// The two warnings suggest attributions for quoted words whose speaker the reports do not name.
it('content: 3 articles, 3 topics, 191 citations, 26 claims, 9 events, 42 entities, no errors, 2 warnings', async () => {
  const { dossier, diagnostics } = await createDossierLoader({ root: ROOT, content: 'content', urls: createUrls('/'), createRenderer: createCitingRenderer }).load();
  expect(dossier?.articles).toHaveLength(3);
  expect(dossier?.topics).toHaveLength(3);
  expect(dossier?.topics.flatMap((t) => t.citations)).toHaveLength(191);
  expect(dossier?.claims).toHaveLength(26);
  expect(dossier?.timeline).toHaveLength(9);
  expect(dossier?.entities).toHaveLength(42);
  expect(diagnostics.filter((d) => d.severity === 'error')).toHaveLength(0);
  expect(diagnostics.filter((d) => d.severity === 'warning')).toHaveLength(2);
  for (const d of diagnostics) expect(d.file.startsWith('content/'), d.file).toBe(true);
  // Loads and checks the whole dossier: a few seconds on a loaded machine, near Vitest's 5 s default.
}, 30_000);
