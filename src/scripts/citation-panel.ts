/**
 * The citation panel's parts (scripts/citation-previews.ts opens and closes
 * it): its elements, filled first from the marker's preview, then with the
 * cited paragraph between its neighbours once its source page has come.
 */
import { passageContext, type PassageContext } from './passage-context.ts';
import type { ScriptUi } from './ui-strings';

export interface Panel {
  readonly element: HTMLElement;
  readonly source: HTMLElement;
  readonly title: HTMLElement;
  readonly body: HTMLElement;
  readonly origin: HTMLElement;
  readonly open: HTMLAnchorElement;
  readonly previous: HTMLButtonElement;
  readonly next: HTMLButtonElement;
  readonly position: HTMLElement;
  readonly close: HTMLButtonElement;
}

export function createPanel(doc: Document, ui: ScriptUi): Panel {
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, props: Partial<HTMLElementTagNameMap[K]> = {}) =>
    Object.assign(doc.createElement(tag), { className }, props);
  const element = make('div', 'citation-panel', { id: 'citation-panel', hidden: true });
  element.setAttribute('role', 'dialog');
  element.setAttribute('aria-labelledby', 'citation-panel-title');
  element.dataset['pagefindIgnore'] = '';
  const close = make('button', 'citation-panel-close', { type: 'button', textContent: '×' });
  close.setAttribute('aria-label', ui.text('panel.close'));
  const source = make('p', 'citation-panel-source');
  // Focused when the panel opens, so that a screen reader starts at its name.
  const title = make('p', 'citation-panel-title', { id: 'citation-panel-title', tabIndex: -1 });
  title.setAttribute('aria-live', 'polite');
  const header = make('div', 'citation-panel-header');
  const heading = make('div', 'citation-panel-heading');
  heading.append(source, title);
  header.append(heading, close);
  // Scrolls when the paragraph is long: a keyboard must reach it to scroll it (a named region, in the tab order).
  const body = make('div', 'citation-panel-body', { tabIndex: 0 });
  body.setAttribute('role', 'region');
  body.setAttribute('aria-label', ui.text('panel.passage'));
  const origin = make('div', 'citation-panel-origin');
  const open = make('a', 'citation-panel-open', { textContent: ui.text('panel.open') });
  const previous = make('button', 'citation-panel-step', { type: 'button', textContent: ui.text('panel.previousButton') });
  const next = make('button', 'citation-panel-step', { type: 'button', textContent: ui.text('panel.nextButton') });
  previous.setAttribute('aria-label', ui.text('panel.previous'));
  next.setAttribute('aria-label', ui.text('panel.next'));
  // Previous and Next leave focus on the button: the new passage's name and place are announced instead.
  const position = make('span', 'citation-panel-position');
  position.setAttribute('aria-live', 'polite');
  const steps = make('div', 'citation-panel-steps');
  steps.setAttribute('role', 'group');
  steps.setAttribute('aria-label', ui.text('panel.steps'));
  steps.append(previous, position, next);
  const footer = make('div', 'citation-panel-footer');
  footer.append(open, steps);
  element.append(header, body, origin, footer);
  return { element, source, title, body, origin, open, previous, next, position, close };
}

const copies = (from: Element | null | undefined): Node[] => [...(from?.childNodes ?? [])].map((node) => node.cloneNode(true));

/** The panel's block for the cited passage, holding `nodes`: the preview's excerpt at first, the whole paragraph once it has come. */
function passageBlock(doc: Document, nodes: readonly Node[]): HTMLDivElement {
  const block = doc.createElement('div');
  block.className = 'citation-panel-passage';
  block.append(...nodes);
  return block;
}

/** The panel as the marker's preview shows the citation: the source, its title, the excerpt, its origin. */
export function fillPanelFromPreview(panel: Panel, preview: HTMLElement, doc: Document): void {
  panel.source.replaceChildren(...copies(preview.querySelector('.citation-preview-source')));
  panel.title.replaceChildren(...copies(preview.querySelector('.citation-preview-title')));
  panel.body.replaceChildren(passageBlock(doc, copies(preview.querySelector('.citation-preview-passage'))));
  panel.origin.replaceChildren(
    ...[...preview.querySelectorAll('.citation-preview-origin, .citation-preview-sentence')].map((line) => {
      const p = doc.createElement('p');
      p.append(...copies(line));
      return p;
    }),
  );
}

/** Source pages, parsed, by address: each is fetched once. */
export function createSourcePages(): (address: string) => Promise<Document | undefined> {
  const pages = new Map<string, Promise<Document | undefined>>();
  return (address) => {
    let page = pages.get(address);
    if (!page) {
      page = fetch(address)
        .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
        .then((html) => new DOMParser().parseFromString(html, 'text/html'))
        .catch(() => {
          // A failed fetch is tried again on the next opening, not remembered for the visit.
          pages.delete(address);
          return undefined;
        });
      pages.set(address, page);
    }
    return page;
  };
}

/** The passage a marker links to, with its neighbours, from its source page; undefined if the page or the passage cannot be had. */
export async function contextOfMarker(marker: HTMLAnchorElement, sourcePage: (address: string) => Promise<Document | undefined>): Promise<PassageContext | undefined> {
  const url = new URL(marker.href);
  const parsed = await sourcePage(url.origin + url.pathname);
  let id: string;
  try {
    id = decodeURIComponent(url.hash.slice(1));
  } catch {
    return undefined;
  }
  return parsed ? passageContext(parsed, id) : undefined;
}

/** The cited paragraph between its neighbours in the panel's body, scrolled to it. */
export function showPassageContext(panel: Panel, context: PassageContext, doc: Document): void {
  const cited = passageBlock(doc, [doc.importNode(context.passage, true)]);
  const around = (side: typeof context.before) => {
    if (!side) return [];
    const p = doc.createElement('p');
    p.className = 'citation-panel-context';
    const number = doc.createElement('span');
    number.className = 'citation-panel-context-num';
    number.textContent = `¶${side.number}`;
    const words = doc.createElement('span');
    words.textContent = ` ${side.text}`;
    if (side.lang) words.lang = side.lang;
    p.append(number, words);
    return [p];
  };
  panel.body.replaceChildren(...around(context.before), cited, ...around(context.after));
  panel.body.scrollTop = Math.max(0, cited.offsetTop - panel.body.offsetTop - 24);
}
