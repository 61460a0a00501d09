/** Reading a PDF's text with pdf.js (its legacy build runs in Node). */
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of every page in the order the PDF holds it. Chromium writes each
 * table cell and paragraph whole, but a paragraph's runs in another font
 * (citation markers) after it, so compare words, not positions.
 */
export async function pdfText(file: string): Promise<{ pages: number; text: string }> {
  const loading = getDocument({ data: new Uint8Array(await readFile(file)) });
  const document = await loading.promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join(''));
  }
  await loading.destroy();
  return { pages: pages.length, text: pages.join('\n') };
}
