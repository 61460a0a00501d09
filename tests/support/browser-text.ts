/**
 * An element's text as a reader meets it, for `locator.evaluate(…)` in
 * Chromium: seen (without the words for screen readers alone) or heard
 * (without what is hidden from screen readers). Each is passed to the page
 * by its source, so it uses nothing from outside itself.
 */

/** The text shown: without `.visually-hidden` words; spaces collapsed. */
export function seenText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
  return (copy.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

/** The text a screen reader reads: without `aria-hidden` parts, such as the ¶ sign; spaces collapsed. */
export function heardText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return (copy.textContent ?? '').replace(/\s+/gu, ' ').trim();
}
