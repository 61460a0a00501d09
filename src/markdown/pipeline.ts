/**
 * The Markdown pipeline for citing documents (topic pages, the briefing's
 * lede): GitHub-flavoured Markdown, smart punctuation, claim references, citations, heading ids,
 * `rel` on links to other sites. Raw HTML is not passed through.
 * The content loader hands it to the model (`assembleDossier`), so the site,
 * `astro dev` and `npm run check` render with the same one.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import remarkRehype from 'remark-rehype';
import rehypeSlug from 'rehype-slug';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import remarkCitations from './remark-citations.ts';
import remarkJudgments from './remark-judgments.ts';
import remarkClaimReferences from './remark-claim-references.ts';
import remarkSlots from './remark-slots.ts';
import remarkLinks from './remark-links.ts';
import remarkBlockAnchors from './remark-block-anchors.ts';
import type { CreateCitingRenderer } from '../lib/dossier/documents.ts';
import type { Diagnostic } from '../lib/content/diagnostics.ts';

/** Renders citing documents against one corpus. */
export const createCitingRenderer: CreateCitingRenderer = (options) => {
  return async (source) => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkSmartypants)
      .use(remarkSlots)
      .use(remarkLinks, { root: options.siteRoot ?? '/', lineOffset: source.bodyLine - 1 })
      .use(remarkClaimReferences, { ...options.ledger, ...(options.ui ? { ui: options.ui } : {}), lineOffset: source.bodyLine - 1 })
      .use(remarkCitations, { ...options, lineOffset: source.bodyLine - 1 })
      .use(remarkJudgments, { lineOffset: source.bodyLine - 1, history: source.judgmentHistory ?? [], ...(options.ui ? { language: options.ui.tag } : {}) })
      .use(remarkBlockAnchors)
      .use(remarkRehype)
      .use(rehypeSlug)
      // A page opened from the dossier gets no handle on it, and no referrer.
      .use(rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] })
      .use(rehypeStringify);
    const file = new VFile({ path: source.file, value: source.body });
    const result = await processor.process(file);
    const diagnostics: Diagnostic[] = result.messages.map((message) => ({
      file: source.file,
      line: message.line ?? source.bodyLine,
      column: message.column ?? 1,
      severity: message.fatal ? 'error' : 'warning',
      message: message.reason,
    }));
    return {
      html: String(result.value),
      citations: result.data.citations ?? [],
      judgments: result.data.judgments ?? [],
      blocks: result.data.blocks ?? [],
      claimReferences: result.data.claimReferences ?? [],
      diagnostics,
    };
  };
};
