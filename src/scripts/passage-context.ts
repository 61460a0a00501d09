/**
 * The passage a citation links to, with its neighbours, taken from the
 * source page itself: the panel shows the paragraph as that page shows it
 * (one rendering of a source's text), the quoted words picked out. Copies
 * carry no ids, so that nothing on the citing page is named twice.
 */
import { clipEnd, clipStart } from '../lib/text/clip.ts';

export interface PassageContext {
  /** The end of the paragraph before the cited one, when there is one: its number and its last words. */
  readonly before?: Neighbour;
  /** The cited paragraph, its quoted words (when it cites words) in `mark.is-quoted`. */
  readonly passage: Element;
  /** The start of the paragraph after it. */
  readonly after?: Neighbour;
}

/** A neighbouring paragraph, as plain words: it gives context, the cited one gives the evidence. */
export interface Neighbour {
  readonly number: string;
  readonly text: string;
  /** The article's language, when the source page gives one apart from the page's. */
  readonly lang?: string;
}

/** How much of each neighbour the panel shows, in characters of whole words. */
const NEIGHBOUR_CHARS = 180;

/** The text element of a `.passage` (a numbered paragraph of a source page), if `passage` is one. */
const textOf = (passage: Element | null | undefined): Element | null | undefined =>
  passage?.matches('.passage') ? passage.querySelector(':scope > .passage-text') : undefined;

/** The article's language, when the source page sets one apart from its own (on the source text's section). */
const languageOf = (passage: Element): string | undefined => passage.closest('[lang]:not(html)')?.getAttribute('lang') ?? undefined;

/** A neighbouring `.passage`'s number and words, its end (before the cited one) or its start (after it). */
function neighbour(passage: Element | null | undefined, side: 'before' | 'after'): Neighbour | undefined {
  const text = textOf(passage);
  if (!text) return undefined;
  const number = text.querySelector('.para-num')?.textContent?.replace(/\D/gu, '') ?? '';
  const copy = text.cloneNode(true) as Element;
  copy.querySelector('.para-num')?.remove();
  const words = (copy.textContent ?? '').replace(/\s+/gu, ' ').trim();
  const lang = languageOf(text);
  return { number, text: side === 'before' ? clipStart(words, NEIGHBOUR_CHARS) : clipEnd(words, NEIGHBOUR_CHARS), ...(lang ? { lang } : {}) };
}

/** A copy of a `.passage`'s text, its number kept as plain text and no id left. */
function copyText(passage: Element | null | undefined): Element | undefined {
  const text = textOf(passage);
  if (!text) return undefined;
  const copy = text.cloneNode(true) as Element;
  for (const number of copy.querySelectorAll('a.para-num')) {
    const plain = copy.ownerDocument.createElement('span');
    plain.className = 'para-num';
    plain.append(...number.childNodes);
    number.replaceWith(plain);
  }
  for (const named of copy.querySelectorAll('[id]')) named.removeAttribute('id');
  copy.removeAttribute('id');
  return copy;
}

/**
 * The context of the fragment `id` in a parsed source page: a paragraph's id
 * (`p-7`) gives that paragraph, a quote's id (`q-7-10-42`) its paragraph with
 * the quote's marked words picked out, also where the quote is in pieces.
 */
export function passageContext(page: Document, id: string): PassageContext | undefined {
  const target = page.getElementById(id);
  const passage = target?.closest('.passage');
  if (!target || !passage) return undefined;
  if (target !== passage) {
    const pieces: Element[] = [target];
    // A quote crossing the end of another: its first piece ends the other's span, the rest follows it (source-page.ts).
    const rest = target.parentElement?.closest('.quote') && target === target.parentElement.lastElementChild ? target.parentElement.nextElementSibling : null;
    if (rest?.matches('.quote-rest')) pieces.push(rest);
    for (const piece of pieces) for (const mark of piece.querySelectorAll('mark.cited')) mark.classList.add('is-quoted');
  }
  const copied = copyText(passage);
  // The article's language goes with its words.
  const lang = languageOf(passage);
  if (copied && lang) copied.setAttribute('lang', lang);
  for (const piece of page.querySelectorAll('.is-quoted')) piece.classList.remove('is-quoted');
  if (!copied) return undefined;
  const before = neighbour(passage.previousElementSibling, 'before');
  const after = neighbour(passage.nextElementSibling, 'after');
  return { passage: copied, ...(before ? { before } : {}), ...(after ? { after } : {}) };
}
