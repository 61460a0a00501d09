/**
 * Landing on a quote's words (`#q-…`) shows its paragraph from its first
 * line: the browser scrolls the words themselves to the top, which on a
 * phone can leave the start of a long paragraph above the screen. The
 * paragraph's top goes to the top instead, as long as the words then still
 * show; a quote too deep in its paragraph for both keeps the browser's place.
 */
const ROOM_ABOVE_PX = 16;

function showWholeParagraph(doc: Document): void {
  const win = doc.defaultView;
  const target = doc.querySelector(':target');
  const paragraph = target?.closest('.passage')?.querySelector(':scope > .passage-text');
  if (!win || !target || !paragraph || !target.matches('.quote')) return;
  // Where things are on the page, not on the screen: the browser may still be scrolling there smoothly.
  const top = paragraph.getBoundingClientRect().top + win.scrollY - ROOM_ABOVE_PX;
  const wordsBottom = target.getBoundingClientRect().bottom + win.scrollY;
  if (wordsBottom - top <= doc.documentElement.clientHeight) win.scrollTo({ top, behavior: 'instant' });
}

export function landOnWholeParagraphs(doc: Document): void {
  const win = doc.defaultView;
  if (!win) return;
  // After the browser's own scroll to the fragment, which comes with the load event; a reload or Back keeps the
  // place the browser restores, which the reader may have scrolled to since.
  const land = () => win.requestAnimationFrame(() => showWholeParagraph(doc));
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (!navigation || navigation.type === 'navigate') {
    if (doc.readyState === 'complete') land();
    else win.addEventListener('load', land, { once: true });
  }
  // A fragment followed on the page (a link, or the address typed); Back and Forward restore their own place, which
  // the Navigation API tells apart (where a browser lacks it, every fragment lands whole).
  let traversing = false;
  const history = (win as { navigation?: EventTarget }).navigation;
  history?.addEventListener('navigate', (event) => (traversing = (event as Event & { navigationType?: string }).navigationType === 'traverse'));
  win.addEventListener('hashchange', () => {
    if (!traversing) land();
    traversing = false;
  });
}
