/**
 * The HTML Pagefind indexes, with a word boundary where two elements meet.
 * Astro's HTML compression removes the whitespace between tags, and Pagefind
 * separates only the blocks it knows by tag name (`p`, `td`, `li`…): a table
 * header cell, a caption, a `dt`, or a span the stylesheet shows as a block
 * ran into its neighbour ("lastedCompatible", "sourceClaim"). Readers see
 * these apart, so the index does too. Only the indexed copy changes: the
 * pages keep their bytes.
 */

/** A comment, a closing tag, an opening tag (attributes quoted or not, `<` allowed inside quotes), or text. */
const TOKEN = /<!--[\s\S]*?-->|<\/([a-z][a-z0-9-]*)\s*>|<([a-z][a-z0-9-]*)(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>|[^<]+|</giu;
/** Elements whose content is not text to index, read to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
// Tested on the last and first two code units only: a letter outside the BMP is two.
// A cell may end a sentence: "call.</td><td>Sitting" is two cells too.
const endsInWord = (text: string) => /[\p{L}\p{N}.!?;:,]$/u.test(text.slice(-2));
const startsWithWord = (text: string) => /^[\p{L}\p{N}]/u.test(text.slice(0, 2));

/**
 * `html` with a space where an element that ends in a word (or in the
 * punctuation after one) is followed directly by an element that starts
 * with a word ("<td>one</td><td>two", "<td>one.</td><td>Two").
 * Elements meeting at punctuation ("war</mark><mark>” by") or inside a
 * word's text ("<b>Putin</b>’s") are left alone: no space is added to text.
 */
export function separateAdjacentElements(html: string): string {
  const output: string[] = [];
  let lastText = '';
  /** The last of the closing tags after the last text, in `output`, while only closing and then opening tags have followed it. */
  let afterCloses: number | undefined;
  let closing = false;
  let opened = false;
  let rawUntil: string | undefined;
  for (const match of html.matchAll(TOKEN)) {
    const [token, closeName, openName] = match;
    if (rawUntil) {
      output.push(token);
      if (closeName?.toLowerCase() === rawUntil) rawUntil = undefined;
      continue;
    }
    if (closeName) {
      if (opened || !closing) afterCloses = undefined;
      closing = !opened;
      if (closing) {
        afterCloses = output.push(token) - 1;
        continue;
      }
    } else if (openName) {
      if (closing) opened = true;
      if (RAW_TEXT.has(openName.toLowerCase()) && !token.endsWith('/>')) rawUntil = openName.toLowerCase();
    } else if (!token.startsWith('<!--')) {
      if (opened && afterCloses !== undefined && endsInWord(lastText) && startsWithWord(token)) {
        output[afterCloses] += ' ';
      }
      lastText = token;
      closing = opened = false;
      afterCloses = undefined;
    }
    output.push(token);
  }
  return output.join('');
}
