/**
 * The Markdown pipeline for citing documents (topic pages, the briefing's
 * lede): GitHub-flavoured Markdown, smart punctuation, citations, heading ids,
 * `rel` on links to other sites. Raw HTML is not passed through.
 * Used by the site and by `npm run check`, so both see the same thing.
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
import remarkCitations, { type RemarkCitationsOptions } from './remark-citations.ts';
import remarkJudgments, { type Judgment } from './remark-judgments.ts';
import remarkBlockAnchors, { type DocumentBlock } from './remark-block-anchors.ts';
import type { CitationUse } from './citation-data.ts';
import type { Diagnostic } from '../lib/content/diagnostics.ts';

/** A citing document to render. */
export interface CitingSource {
  /** Path of the file, relative to the project root. */
  readonly file: string;
  /** The Markdown after the frontmatter. */
  readonly body: string;
  /** 1-based line of the file on which `body` starts. */
  readonly bodyLine: number;
}

export interface RenderedDocument {
  readonly html: string;
  readonly citations: readonly CitationUse[];
  readonly judgments: readonly Judgment[];
  readonly blocks: readonly DocumentBlock[];
  /** Problems found while rendering; the HTML is not to be published if any is an error. */
  readonly diagnostics: readonly Diagnostic[];
}

export type CitingPipelineOptions = Omit<RemarkCitationsOptions, 'lineOffset'>;

/** Renders citing documents against one corpus. */
export function createCitingRenderer(options: CitingPipelineOptions) {
  return async (source: CitingSource): Promise<RenderedDocument> => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkSmartypants)
      .use(remarkCitations, { ...options, lineOffset: source.bodyLine - 1 })
      .use(remarkJudgments, { lineOffset: source.bodyLine - 1 })
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
      diagnostics,
    };
  };
}
