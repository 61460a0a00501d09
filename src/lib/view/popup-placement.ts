/**
 * Where a citation preview goes, in viewport coordinates (CSS pixels): a
 * popup beside its marker on wide screens, a sheet along the bottom (or top)
 * edge on phones. Pure, so that the flips and shifts are tested with tables
 * of rectangles rather than in a browser.
 */

export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Spacing {
  /** Between the marker and the popup or sheet. */
  readonly gap: number;
  /** Kept free along the viewport's edges. */
  readonly margin: number;
}

export const PREVIEW_SPACING: Spacing = { gap: 6, margin: 8 };

export interface PopupPlacement {
  readonly left: number;
  readonly top: number;
  readonly side: 'below' | 'above';
  /** The popup's height there: its own, or less when neither side has room for all of it (it then scrolls). */
  readonly height: number;
}

/**
 * A popup below its marker, flipped above when it does not fit below and
 * fits above (or has more room there), shifted sideways to stay inside the
 * viewport, its left edge at the marker's when it can be. It never overlaps
 * the marker: when neither side has room for all of it, it gets the room
 * of the larger side.
 */
export function placePopup(marker: Rect, popup: Size, viewport: Size, { gap, margin }: Spacing = PREVIEW_SPACING): PopupPlacement {
  const below = viewport.height - margin - (marker.bottom + gap);
  const above = marker.top - gap - margin;
  const side = popup.height <= below || (popup.height > above && below >= above) ? 'below' : 'above';
  const height = Math.max(0, Math.min(popup.height, side === 'below' ? below : above));
  const top = side === 'below' ? marker.bottom + gap : marker.top - gap - height;
  const widest = viewport.width - margin - popup.width;
  const left = Math.max(margin, Math.min(marker.left, widest));
  return { left, top, side, height };
}

export interface SheetPlacement {
  /** Which edge of the viewport the sheet lies along. */
  readonly edge: 'bottom' | 'top';
  /** How far to scroll the page (positive: down) so that the marker shows beside the sheet. */
  readonly scrollBy: number;
  /**
   * Whether the marker then shows beside the sheet. On a page too short to
   * scroll it clear of either edge it does not, unless the page has room
   * below its text (the citation script gives it that while the sheet is open).
   */
  readonly shown: boolean;
}

/**
 * A sheet along the bottom edge, the page scrolled (as little as it takes,
 * and as far as it can go) so that the marker shows above the sheet; along
 * the top edge instead when the page cannot scroll far enough for that,
 * which happens near the end of a page.
 */
export function placeSheet(
  marker: Rect,
  sheetHeight: number,
  viewport: Size,
  scroll: { readonly y: number; readonly max: number },
  { gap, margin }: Spacing = PREVIEW_SPACING,
): SheetPlacement {
  const fits = (edge: SheetPlacement['edge']) => {
    // The band of the viewport the marker must lie in, beside the sheet.
    const [from, to] = edge === 'bottom'
      ? [margin, viewport.height - margin - sheetHeight - gap]
      : [margin + sheetHeight + gap, viewport.height - margin];
    const wanted = marker.bottom > to ? marker.bottom - to : marker.top < from ? marker.top - from : 0;
    const scrollBy = Math.max(-scroll.y, Math.min(wanted, scroll.max - scroll.y));
    const shown = marker.top - scrollBy >= from && marker.bottom - scrollBy <= to;
    return { edge, scrollBy, shown };
  };
  const bottom = fits('bottom');
  if (bottom.shown) return bottom;
  const top = fits('top');
  return top.shown ? top : bottom;
}
