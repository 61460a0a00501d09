/** The data the Markdown plugins leave on `file.data`; the shapes belong to the model (src/lib/dossier/documents.ts). */
import type { CitationUse, DocumentBlock, Judgment } from '../lib/dossier/documents.ts';

export { citationRefId, paragraphId, type CitationUse } from '../lib/dossier/documents.ts';

declare module 'vfile' {
  interface DataMap {
    /** Every citation in the document, in reading order (set by remark-citations). */
    citations: CitationUse[];
    /** The key judgments of the document (set by remark-judgments). */
    judgments: Judgment[];
    /** The document's paragraphs in reading order (set by remark-block-anchors). */
    blocks: DocumentBlock[];
    /** Ids of the ledger's claims the document refers to (set by remark-claim-references). */
    claimReferences: string[];
  }
}
