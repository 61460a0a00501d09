/** Reading a PDF's text with pdf.js (its legacy build runs in Node). */
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A line of a page: its text and where it sits, in points from the page's top. */
export interface PdfLine {
  readonly text: string;
  readonly top: number;
  readonly bottom: number;
}

/**
 * The text of every page of a PDF (a file, or its bytes) in the order the PDF holds it, and each page's lines
 * from top to bottom. Chromium writes each table cell and paragraph whole, but
 * a paragraph's runs in another font (citation markers) after it, so compare
 * words, not positions; positions tell how full a page is and what ends it.
 */
export async function pdfText(pdf: string | Uint8Array): Promise<{ pages: number; text: string; lines: PdfLine[][] }> {
  // pdf.js takes the bytes over (it detaches their buffer): give it a copy.
  const loading = getDocument({ data: typeof pdf === 'string' ? new Uint8Array(await readFile(pdf)) : new Uint8Array(pdf) });
  const document = await loading.promise;
  const pages: string[] = [];
  const lines: PdfLine[][] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const pageHeight = page.view[3]! - page.view[1]!;
    const items = (await page.getTextContent()).items.flatMap((item) => ('str' in item ? [item] : []));
    pages.push(items.map((item) => `${item.str}${item.hasEOL ? '\n' : ''}`).join(''));
    // Runs on one baseline make a line; the baseline is y from the page's foot.
    const byBaseline = new Map<number, { text: string; height: number }>();
    for (const item of items.filter((i) => i.str.trim() !== '')) {
      const baseline = Math.round(item.transform[5] as number);
      const line = byBaseline.get(baseline) ?? { text: '', height: 0 };
      byBaseline.set(baseline, { text: `${line.text}${item.str}`, height: Math.max(line.height, item.height) });
    }
    lines.push(
      [...byBaseline]
        .map(([baseline, { text, height }]) => ({ text, top: pageHeight - baseline - height, bottom: pageHeight - baseline }))
        .sort((a, b) => a.top - b.top),
    );
  }
  await loading.destroy();
  return { pages: pages.length, text: pages.join('\n'), lines };
}
