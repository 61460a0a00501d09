/**
 * Citation previews, one open at a time. On a wide screen a marker's own
 * preview (a tooltip in the page) opens beside it on keyboard focus, after a
 * short hover, or on a first tap, placed to stay inside the viewport and off
 * the marker; it stays open while the pointer moves into it. At a phone's
 * width the preview's content opens in a sheet instead: a non-modal dialog
 * naming the marker, with "Open passage" and a close button, the page
 * scrolled so that the marker shows above it; it closes on scroll or a
 * downward swipe. Escape closes either. The focus a fragment navigation
 * gives a marker (landing from "^ a b" or "Cited in") opens nothing.
 * Without this script, CSS alone shows previews on hover and focus.
 */
import { placePopup, placeSheet, type Size } from '../lib/view/popup-placement.ts';

/** On the root element once this script runs; the CSS-only previews stand down. */
const ENHANCED = 'citation-previews-enhanced';
const OPEN = 'is-open';
/** Where the sheet replaces the popup; the same width as the styles' phone layout. */
const SHEET_MEDIA = '(max-width: 40rem)';
/** Hover intent: a pointer passing over a marker opens nothing. */
const HOVER_OPEN_MS = 150;
/** Time to move the pointer from the marker into its preview. */
const HOVER_CLOSE_MS = 300;
const SWIPE_PX = 48;

type Trigger = 'focus' | 'hover' | 'tap';

interface Opened {
  readonly marker: HTMLAnchorElement;
  readonly preview: HTMLElement;
  readonly trigger: Trigger;
  readonly inSheet: boolean;
}

interface Sheet {
  readonly element: HTMLElement;
  readonly label: HTMLElement;
  readonly body: HTMLElement;
  readonly close: HTMLButtonElement;
  readonly passage: HTMLAnchorElement;
}

/** Spans, so that the sheet can sit beside its marker, inside a paragraph, and come next in the tab order. */
function createSheet(doc: Document): Sheet {
  const span = (className: string) => Object.assign(doc.createElement('span'), { className });
  const element = Object.assign(span('citation-sheet'), { id: 'citation-sheet', hidden: true });
  element.setAttribute('role', 'dialog');
  element.setAttribute('aria-labelledby', 'citation-sheet-label');
  element.dataset['pagefindIgnore'] = '';
  const label = Object.assign(span('citation-sheet-label'), { id: 'citation-sheet-label' });
  const close = Object.assign(doc.createElement('button'), { type: 'button', className: 'citation-sheet-close', textContent: '×' });
  close.setAttribute('aria-label', 'Close');
  const header = span('citation-sheet-header');
  header.append(label, close);
  const body = span('citation-sheet-body');
  const passage = Object.assign(doc.createElement('a'), { className: 'citation-sheet-passage', textContent: 'Open passage' });
  element.append(header, body, passage);
  return { element, label, body, close, passage };
}

function markerOf(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>('a.citation-marker') : null;
}

function previewOf(marker: HTMLAnchorElement): HTMLElement | null {
  const id = marker.getAttribute('aria-describedby');
  return id ? marker.ownerDocument.getElementById(id) : null;
}

export function enhanceCitationPreviews(doc: Document): void {
  const win = doc.defaultView;
  if (!win) return;
  doc.documentElement.classList.add(ENHANCED);
  const sheet = createSheet(doc);
  let opened: Opened | undefined;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the focus that comes next is the user's Tab. */
  let tabbing = false;
  /** While this script moves focus itself, which opens nothing. */
  let movingFocus = false;
  /** The page's scroll position as the open sheet left it; any other means the user scrolled. */
  let sheetScrollY = 0;
  let swipeFrom: number | undefined;

  const viewport = (): Size => ({ width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight });
  const clearTimers = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
  };

  const placeOpenPopup = ({ marker, preview }: Opened) => {
    preview.style.maxHeight = '';
    const own = preview.getBoundingClientRect();
    const placed = placePopup(marker.getBoundingClientRect(), own, viewport());
    preview.style.left = `${placed.left}px`;
    preview.style.top = `${placed.top}px`;
    if (placed.height < own.height) preview.style.maxHeight = `${placed.height}px`;
    preview.dataset['side'] = placed.side;
  };

  const close = () => {
    clearTimers();
    if (!opened) return;
    const { marker, preview, inSheet } = opened;
    opened = undefined;
    preview.parentElement?.classList.remove(OPEN);
    preview.removeAttribute('style');
    if (inSheet) {
      sheet.element.hidden = true;
      marker.setAttribute('aria-expanded', 'false');
    }
  };

  const open = (marker: HTMLAnchorElement, trigger: Trigger) => {
    clearTimers();
    const preview = previewOf(marker);
    if (!preview || opened?.marker === marker) return;
    close();
    const inSheet = win.matchMedia(SHEET_MEDIA).matches;
    opened = { marker, preview, trigger, inSheet };
    if (!inSheet) {
      preview.parentElement?.classList.add(OPEN);
      placeOpenPopup(opened);
      return;
    }
    // The marker's own nodes: its words for screen readers alone stay hidden from sight ("2 ¶6" shown, "Source 2, paragraph 6" heard).
    sheet.label.replaceChildren(...[...marker.childNodes].map((node) => node.cloneNode(true)));
    sheet.body.replaceChildren(...[...preview.childNodes].map((node) => node.cloneNode(true)));
    sheet.passage.setAttribute('href', marker.getAttribute('href') ?? '');
    sheet.element.classList.remove('at-top');
    (preview.parentElement ?? marker).after(sheet.element);
    sheet.element.hidden = false;
    marker.setAttribute('aria-expanded', 'true');
    marker.setAttribute('aria-controls', sheet.element.id);
    const root = doc.documentElement;
    const placed = placeSheet(marker.getBoundingClientRect(), sheet.element.getBoundingClientRect().height, viewport(), {
      y: win.scrollY,
      max: root.scrollHeight - root.clientHeight,
    });
    sheet.element.classList.toggle('at-top', placed.edge === 'top');
    if (placed.scrollBy !== 0) win.scrollBy({ top: placed.scrollBy, behavior: 'instant' });
    sheetScrollY = win.scrollY;
  };

  /** Focus back on the marker, for a sheet closed from inside, without reopening it. */
  const focusMarker = (marker: HTMLAnchorElement) => {
    movingFocus = true;
    marker.focus({ preventScroll: true });
    movingFocus = false;
  };

  doc.addEventListener('keydown', (event) => {
    tabbing = event.key === 'Tab';
    if (event.key !== 'Escape' || !opened) return;
    const { marker } = opened;
    const focusInSheet = sheet.element.contains(doc.activeElement);
    close();
    if (focusInSheet) focusMarker(marker);
  });
  doc.addEventListener('keyup', () => (tabbing = false));
  doc.addEventListener('pointerdown', () => (tabbing = false));

  doc.addEventListener('focusin', (event) => {
    if (movingFocus) return;
    const marker = markerOf(event.target);
    // A marker focused by landing on it is its page's :target; Tab onto it still opens it.
    if (marker && marker.matches(':focus-visible') && (tabbing || !marker.matches(':target'))) return open(marker, 'focus');
    const target = event.target as Node;
    if (opened && opened.trigger !== 'hover' && !opened.marker.contains(target) && !sheet.element.contains(target)) close();
  });

  doc.addEventListener('pointerover', (event) => {
    if (event.pointerType !== 'mouse') return;
    const marker = markerOf(event.target);
    if (opened && !opened.inSheet && (opened.marker === marker || opened.preview.contains(event.target as Node))) {
      clearTimeout(closeTimer);
      return;
    }
    if (!marker || win.matchMedia(SHEET_MEDIA).matches) return;
    clearTimeout(openTimer);
    openTimer = setTimeout(() => open(marker, 'hover'), HOVER_OPEN_MS);
  });

  doc.addEventListener('pointerout', (event) => {
    if (event.pointerType !== 'mouse') return;
    const to = event.relatedTarget as Node | null;
    if (markerOf(event.target) && !markerOf(to)) clearTimeout(openTimer);
    if (!opened || opened.trigger !== 'hover') return;
    const within = (node: Node | null) => node !== null && (opened!.marker.contains(node) || opened!.preview.contains(node));
    if (within(event.target as Node) && !within(to)) closeTimer = setTimeout(close, HOVER_CLOSE_MS);
  });

  doc.addEventListener('click', (event) => {
    const marker = markerOf(event.target);
    const pointer = (event as PointerEvent).pointerType;
    // A first tap opens the preview; a second follows the link.
    if (marker && (pointer === 'touch' || pointer === 'pen') && opened?.marker !== marker) {
      event.preventDefault();
      return open(marker, 'tap');
    }
    const target = event.target as Node;
    if (opened && !marker && !opened.preview.contains(target) && !sheet.element.contains(target)) close();
  });

  sheet.close.addEventListener('click', () => {
    const marker = opened?.marker;
    close();
    if (marker) focusMarker(marker);
  });
  // A swipe down while the sheet's own text is scrolled to its top; further down, the swipe scrolls that text.
  sheet.element.addEventListener('touchstart', (event) => {
    swipeFrom = sheet.element.scrollTop === 0 ? event.touches[0]?.clientY : undefined;
  }, { passive: true });
  sheet.element.addEventListener('touchend', (event) => {
    const to = event.changedTouches[0]?.clientY;
    if (swipeFrom !== undefined && to !== undefined && to - swipeFrom > SWIPE_PX) close();
    swipeFrom = undefined;
  });

  // The popup follows its marker, also while a focus scrolls the marker into view (smoothly, where motion is welcome).
  let frame: number | undefined;
  const follow = () => {
    frame ??= win.requestAnimationFrame(() => {
      frame = undefined;
      if (opened && !opened.inSheet) placeOpenPopup(opened);
    });
  };
  win.addEventListener('scroll', () => {
    if (opened?.inSheet && Math.abs(win.scrollY - sheetScrollY) > 1) close();
    else follow();
  }, { passive: true });
  // Not closed on resize: a phone's toolbar resizes the window as the page scrolls.
  win.addEventListener('resize', follow);
}
