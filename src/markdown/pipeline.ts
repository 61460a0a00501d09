/**
 * The Markdown pipeline for citing documents (topic pages, the briefing's
 * lede): GitHub-flavoured Markdown with citations read as written, smart
 * punctuation, claim references, citations resolved, heading ids, `rel` on
 * links to other sites. Raw HTML is not passed through.
 * The content loader hands it to the model (`assembleDossier`), so the site,
 * `astro dev` and `npm run check` render with the same one, the project's
 * own plugins (the `dossier()` options `remarkPlugins`, `rehypePlugins`)
 * included.
 */
import { randomUUID } from 'node:crypto';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import remarkRehype from 'remark-rehype';
import rehypeSlug from 'rehype-slug';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import remarkCitationSyntax from './remark-citation-syntax.ts';
import remarkCitations from './remark-citations.ts';
import remarkJudgments from './remark-judgments.ts';
import remarkClaimReferences from './remark-claim-references.ts';
import remarkSlots from './remark-slots.ts';
import remarkLinks from './remark-links.ts';
import remarkBlockAnchors from './remark-block-anchors.ts';
import type { CreateCitingRenderer } from '../lib/dossier/documents.ts';
import { sortDiagnostics, type Diagnostic } from '../lib/content/diagnostics.ts';
import type { MarkdownPlugin } from '../lib/config/options.ts';

export interface ProjectPlugins {
  readonly remarkPlugins?: readonly MarkdownPlugin[];
  readonly rehypePlugins?: readonly MarkdownPlugin[];
}

/**
 * The project's plugins as text: each one's source and its options, for the
 * key of a kept rendering (src/lib/dossier/rendered-store.ts), so that a
 * plugin changed, or configured otherwise (from the environment, say),
 * renders every document again. What a plugin reads at run time (other
 * files, the date) is not in it.
 */
export function describeProjectPlugins({ remarkPlugins = [], rehypePlugins = [] }: ProjectPlugins = {}): string {
  try {
    // Every function, a plugin or one in its options, by its name and source.
    return JSON.stringify({ remark: remarkPlugins, rehype: rehypePlugins }, (_key, value: unknown) => (typeof value === 'function' ? `${value.name}: ${String(value)}` : value));
  } catch {
    // Options that cannot be written out (a cycle, say): a description no other build has, so nothing is reused.
    return `undescribed ${randomUUID()}`;
  }
}

/**
 * The renderer of citing documents, with the project's plugins. They run
 * after the dossier's own remark plugins, as Astro runs a site's after its
 * GFM and smart punctuation: they see citations already checked against
 * their sources and resolved into links, paragraphs already anchored, so
 * they can add to the page but cannot make a citation pass or fail; and
 * after the dossier's rehype plugins, so they see the final heading ids and
 * links.
 */
export function citingRendererWith({ remarkPlugins = [], rehypePlugins = [] }: ProjectPlugins = {}): CreateCitingRenderer {
  return (options) => async (source) => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkGfm)
      // Citations are read from the file as written, before smart punctuation changes the text around them.
      .use(remarkCitationSyntax, { lineOffset: source.bodyLine - 1 })
      .use(remarkSmartypants)
      .use(remarkSlots)
      .use(remarkLinks, { root: options.siteRoot ?? '/', lineOffset: source.bodyLine - 1 })
      .use(remarkClaimReferences, { ...options.ledger, ...(options.ui ? { ui: options.ui } : {}), lineOffset: source.bodyLine - 1 })
      .use(remarkCitations, { ...options, lineOffset: source.bodyLine - 1 })
      .use(remarkJudgments, { lineOffset: source.bodyLine - 1, history: source.judgmentHistory ?? [], ...(options.ui ? { language: options.ui.tag } : {}) })
      .use(remarkBlockAnchors)
      .use(remarkPlugins as PluggableList)
      .use(remarkRehype)
      .use(rehypeSlug)
      // A page opened from the dossier gets no handle on it, and no referrer.
      .use(rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] })
      .use(rehypePlugins as PluggableList)
      .use(rehypeStringify);
    const file = new VFile({ path: source.file, value: source.body });
    const result = await processor.process(file);
    // In the order of the file, whichever plugin found them.
    const diagnostics: Diagnostic[] = sortDiagnostics(result.messages.map((message) => ({
      file: source.file,
      line: message.line ?? source.bodyLine,
      column: message.column ?? 1,
      severity: message.fatal ? 'error' : 'warning',
      message: message.reason,
    })));
    return {
      html: String(result.value),
      citations: result.data.citations ?? [],
      judgments: result.data.judgments ?? [],
      blocks: result.data.blocks ?? [],
      claimReferences: result.data.claimReferences ?? [],
      diagnostics,
    };
  };
}

/** The renderer without plugins of the project's own. */
export const createCitingRenderer: CreateCitingRenderer = citingRendererWith();
