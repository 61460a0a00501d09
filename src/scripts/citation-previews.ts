/**
 * Citation previews and the citation panel.
 *
 * A preview (a tooltip in the page) opens beside a marker on a wide screen on
 * keyboard focus or after a short hover, placed to stay inside the viewport
 * and off the marker; it stays open while the pointer moves into it.
 *
 * Activating a marker (a click, a tap, Enter) opens the passage in place:
 * on a wide screen a panel beside the text, on a phone a sheet from the
 * bottom. It shows the cited paragraph as its source page shows it, the
 * quoted words picked out, between its neighbours; the source's label,
 * outlet, date and origin; the previous and next citation of the page; and a
 * link to the passage on its source page. Focus moves into it, and Escape or
 * its Close button closes it and gives the marker focus back. Activating
 * the marker of the open panel again follows the marker's link, as does a
 * middle or modified click; without this script every marker is a plain
 * link, and CSS alone shows previews on hover and focus.
 *
 * On a phone, Tab onto a marker opens its sheet without taking focus, the
 * page scrolled so that the marker shows above it; the sheet closes on a
 * deliberate scroll (a third of its height) or a swipe down. The focus a
 * fragment navigation gives a marker (landing from "^ a b" or "Cited in")
 * opens nothing.
 */
import { scriptUi } from './ui-strings';
import { placePopup, placeSheet, type Size } from '../lib/view/popup-placement.ts';
import { contextOfMarker, createPanel, createSourcePages, fillPanelFromPreview, showPassageContext } from './citation-panel.ts';

/** On the root element once this script runs; the CSS-only previews stand down. */
const ENHANCED = 'citation-previews-enhanced';
/** On the root element while the side panel is open: the page makes room for it. */
const PANEL_OPEN = 'citation-panel-open';
/** On the root element while the sheet is open: room below the text, the sheet's height, to scroll any marker clear of it. */
const SHEET_ROOM = 'citation-sheet-room';
const OPEN = 'is-open';
/** Where the sheet replaces the popup and the side panel; the same width as the styles' phone layout. */
const SHEET_MEDIA = '(max-width: 40rem)';
/** Hover intent: a pointer passing over a marker opens nothing. */
const HOVER_OPEN_MS = 150;
/** Time to move the pointer from the marker into its preview. */
const HOVER_CLOSE_MS = 300;
const SWIPE_PX = 48;
/** The share of the sheet's height the page must scroll, by the reader's hand, for the sheet to close. */
const SHEET_SCROLL_SHARE = 1 / 3;

type Trigger = 'focus' | 'hover';

interface OpenPopup {
  readonly marker: HTMLAnchorElement;
  readonly preview: HTMLElement;
  readonly trigger: Trigger;
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
  const main = doc.querySelector('main');
  if (!win || !main) return;
  doc.documentElement.classList.add(ENHANCED);
  const ui = scriptUi(doc);
  const panel = createPanel(doc, ui);
  main.append(panel.element);
  const markers = [...doc.querySelectorAll<HTMLAnchorElement>('a.citation-marker')];
  // With this script a marker opens the panel, a dialog: said before it is activated, not only after.
  for (const marker of markers) {
    marker.setAttribute('aria-haspopup', 'dialog');
    marker.setAttribute('aria-expanded', 'false');
  }
  const sourcePage = createSourcePages();

  let popup: OpenPopup | undefined;
  /** The marker whose passage the panel shows, and whether it shows as a phone's sheet. */
  let shown: { marker: HTMLAnchorElement; sheet: boolean; byFocus: boolean } | undefined;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the focus that comes next is the user's Tab. */
  let tabbing = false;
  /** While this script moves focus itself, which opens nothing. */
  let movingFocus = false;
  /** The page's scroll position as the open sheet left it. */
  let sheetScrollY = 0;
  let swipeFrom: number | undefined;

  const isPhone = () => win.matchMedia(SHEET_MEDIA).matches;
  const viewport = (): Size => ({ width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight });
  const clearTimers = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
  };
  const focusQuietly = (element: HTMLElement) => {
    movingFocus = true;
    element.focus({ preventScroll: true });
    movingFocus = false;
  };

  const placePopupOf = ({ marker, preview }: OpenPopup) => {
    preview.style.maxHeight = '';
    const own = preview.getBoundingClientRect();
    const placed = placePopup(marker.getBoundingClientRect(), own, viewport());
    preview.style.left = `${placed.left}px`;
    preview.style.top = `${placed.top}px`;
    if (placed.height < own.height) preview.style.maxHeight = `${placed.height}px`;
    preview.dataset['side'] = placed.side;
  };

  const closePopup = () => {
    clearTimers();
    if (!popup) return;
    popup.preview.parentElement?.classList.remove(OPEN);
    popup.preview.removeAttribute('style');
    popup = undefined;
  };

  const openPopup = (marker: HTMLAnchorElement, trigger: Trigger) => {
    clearTimers();
    const preview = previewOf(marker);
    if (!preview || popup?.marker === marker || shown?.marker === marker) return;
    closePopup();
    popup = { marker, preview, trigger };
    preview.parentElement?.classList.add(OPEN);
    placePopupOf(popup);
  };

  const closePanel = (returnFocus: boolean) => {
    if (!shown) return;
    const { marker } = shown;
    // Focus inside the panel would fall to the page's start as it hides: back to the marker, wherever it closes from.
    returnFocus ||= panel.element.contains(doc.activeElement);
    shown = undefined;
    panel.element.hidden = true;
    const root = doc.documentElement;
    root.classList.remove(PANEL_OPEN);
    // The sheet's room goes with it, unless the page is scrolled into the room: taking it then would pull the text
    // from under the reader's finger.
    const room = parseFloat(win.getComputedStyle(doc.body).paddingBottom) || 0;
    if (win.scrollY + root.clientHeight <= root.scrollHeight - room) root.classList.remove(SHEET_ROOM);
    marker.setAttribute('aria-expanded', 'false');
    if (returnFocus) focusQuietly(marker);
  };

  /** The cited paragraph between its neighbours, from the source page, once it has come. */
  const showContext = async (marker: HTMLAnchorElement) => {
    const context = await contextOfMarker(marker, sourcePage);
    // The reader may have moved on while the page came; without it, the preview's excerpt stays.
    if (context && shown?.marker === marker) showPassageContext(panel, context, doc);
  };

  const stepButtons = (index: number) => {
    const at = (button: HTMLButtonElement, enabled: boolean) => button.setAttribute('aria-disabled', String(!enabled));
    at(panel.previous, index > 0);
    at(panel.next, index < markers.length - 1);
    panel.position.textContent = ui.text('panel.position', { index: index + 1, count: markers.length });
  };

  const openPanel = (marker: HTMLAnchorElement, { takeFocus, byFocus = false }: { takeFocus: boolean; byFocus?: boolean }) => {
    const preview = previewOf(marker);
    if (!preview) return;
    closePopup();
    if (shown && shown.marker !== marker) shown.marker.setAttribute('aria-expanded', 'false');
    const sheet = isPhone();
    shown = { marker, sheet, byFocus };
    fillPanelFromPreview(panel, preview, doc);
    panel.open.href = marker.href;
    stepButtons(markers.indexOf(marker));
    panel.element.classList.toggle('is-sheet', sheet);
    panel.element.hidden = false;
    doc.documentElement.classList.toggle(PANEL_OPEN, !sheet);
    marker.setAttribute('aria-expanded', 'true');
    marker.setAttribute('aria-controls', panel.element.id);
    if (sheet) {
      const root = doc.documentElement;
      panel.element.classList.remove('at-top');
      const place = () => placeSheet(marker.getBoundingClientRect(), panel.element.getBoundingClientRect().height, viewport(), {
        y: win.scrollY,
        max: root.scrollHeight - root.clientHeight,
      });
      // Room under the text while the sheet is open, so that the page can scroll this marker, and any other the
      // reader goes to next, clear of the sheet, however short the page.
      root.classList.add(SHEET_ROOM);
      const placed = place();
      panel.element.classList.toggle('at-top', placed.edge === 'top');
      if (placed.scrollBy !== 0) win.scrollBy({ top: placed.scrollBy, behavior: 'instant' });
      sheetScrollY = win.scrollY;
    } else {
      // The text makes room for the panel and may have moved: the marker back in view, unless it is.
      const box = marker.getBoundingClientRect();
      if (box.top < 0 || box.bottom > viewport().height) marker.scrollIntoView({ block: 'center', behavior: 'instant' });
    }
    if (takeFocus) focusQuietly(panel.title);
    void showContext(marker);
  };

  const step = (by: -1 | 1) => {
    if (!shown) return;
    const next = markers[markers.indexOf(shown.marker) + by];
    // Opening it brings its marker into view (beside the panel, or above the sheet).
    if (next) openPanel(next, { takeFocus: false });
  };

  doc.addEventListener('keydown', (event) => {
    tabbing = event.key === 'Tab';
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (popup && !panel.element.contains(doc.activeElement)) return closePopup();
    closePopup();
    if (shown) closePanel(panel.element.contains(doc.activeElement) || doc.activeElement === shown.marker);
  });
  doc.addEventListener('keyup', () => (tabbing = false));
  doc.addEventListener('pointerdown', () => (tabbing = false));

  doc.addEventListener('focusin', (event) => {
    if (movingFocus) return;
    const marker = markerOf(event.target);
    // A marker focused by landing on it is its page's :target; Tab onto it still opens it.
    if (marker && marker.matches(':focus-visible') && (tabbing || !marker.matches(':target'))) {
      if (isPhone()) return openPanel(marker, { takeFocus: false, byFocus: true });
      return openPopup(marker, 'focus');
    }
    const target = event.target as Node;
    if (popup && popup.trigger !== 'hover' && !popup.marker.contains(target)) closePopup();
    // A sheet Tab opened goes as focus leaves it; a panel the reader opened stays until closed.
    if (shown?.byFocus && !shown.marker.contains(target) && !panel.element.contains(target)) closePanel(false);
  });

  doc.addEventListener('pointerover', (event) => {
    if (event.pointerType !== 'mouse') return;
    const marker = markerOf(event.target);
    if (popup && (popup.marker === marker || popup.preview.contains(event.target as Node))) {
      clearTimeout(closeTimer);
      return;
    }
    if (!marker || isPhone()) return;
    clearTimeout(openTimer);
    openTimer = setTimeout(() => openPopup(marker, 'hover'), HOVER_OPEN_MS);
  });

  doc.addEventListener('pointerout', (event) => {
    if (event.pointerType !== 'mouse') return;
    const to = event.relatedTarget as Node | null;
    if (markerOf(event.target) && !markerOf(to)) clearTimeout(openTimer);
    if (!popup || popup.trigger !== 'hover') return;
    const within = (node: Node | null) => node !== null && (popup!.marker.contains(node) || popup!.preview.contains(node));
    if (within(event.target as Node) && !within(to)) closeTimer = setTimeout(closePopup, HOVER_CLOSE_MS);
  });

  doc.addEventListener('click', (event) => {
    const marker = markerOf(event.target);
    const target = event.target as Node;
    if (marker) {
      // A new tab, a new window, a download: the link's own.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      // The open panel's marker again: to the source.
      if (shown?.marker === marker && !shown.byFocus) return closePanel(false);
      event.preventDefault();
      return openPanel(marker, { takeFocus: true });
    }
    if (popup && !popup.preview.contains(target)) closePopup();
    // A tap beside the sheet closes it; the side panel stays beside the text until closed.
    if (shown?.sheet && !panel.element.contains(target)) closePanel(false);
  });

  panel.close.addEventListener('click', () => closePanel(true));
  panel.previous.addEventListener('click', () => step(-1));
  panel.next.addEventListener('click', () => step(1));
  // A swipe down while the sheet's own text is scrolled to its top; further down, the swipe scrolls that text.
  panel.element.addEventListener('touchstart', (event) => {
    swipeFrom = shown?.sheet && panel.body.scrollTop === 0 ? event.touches[0]?.clientY : undefined;
  }, { passive: true });
  panel.element.addEventListener('touchend', (event) => {
    const to = event.changedTouches[0]?.clientY;
    if (swipeFrom !== undefined && to !== undefined && to - swipeFrom > SWIPE_PX) closePanel(false);
    swipeFrom = undefined;
  });

  // The popup follows its marker, also while a focus scrolls the marker into view (smoothly, where motion is welcome).
  let frame: number | undefined;
  const follow = () => {
    frame ??= win.requestAnimationFrame(() => {
      frame = undefined;
      if (popup) placePopupOf(popup);
    });
  };
  win.addEventListener('scroll', () => {
    if (shown?.sheet && Math.abs(win.scrollY - sheetScrollY) > panel.element.offsetHeight * SHEET_SCROLL_SHARE) closePanel(false);
    follow();
  }, { passive: true });
  // A tablet turned past the phone's width: the panel reopens in the other form (sheet or beside the text).
  win.matchMedia(SHEET_MEDIA).addEventListener('change', () => {
    if (shown) openPanel(shown.marker, { takeFocus: panel.element.contains(doc.activeElement), byFocus: shown.byFocus });
  });
  // Not closed on resize: a phone's toolbar resizes the window as the page scrolls.
  win.addEventListener('resize', follow);
}
