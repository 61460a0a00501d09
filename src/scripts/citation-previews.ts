/**
 * Enhances citation previews where CSS alone cannot: a first tap on a touch
 * screen opens the preview instead of following the link, and Escape closes
 * an open preview. Without it, previews still open on hover and focus.
 */
const OPEN = 'is-open';
const DISMISSED = 'is-dismissed';

function closeAll(root: Document, except?: Element | null) {
  for (const open of root.querySelectorAll(`.citation.${OPEN}`)) if (open !== except) open.classList.remove(OPEN);
}

export function enhanceCitationPreviews(root: Document): void {
  root.addEventListener('click', (event) => {
    const marker = (event.target as Element | null)?.closest?.('.citation-marker');
    const citation = marker?.parentElement;
    if (!marker || !citation) return closeAll(root);
    const pointer = (event as PointerEvent).pointerType;
    if ((pointer === 'touch' || pointer === 'pen') && !citation.classList.contains(OPEN)) {
      event.preventDefault();
      closeAll(root, citation);
      citation.classList.remove(DISMISSED);
      citation.classList.add(OPEN);
    }
  });

  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    closeAll(root);
    const focused = root.activeElement?.closest('.citation');
    focused?.classList.add(DISMISSED);
  });

  root.addEventListener('focusout', (event) => {
    (event.target as Element | null)?.closest?.('.citation')?.classList.remove(DISMISSED);
  });
  root.addEventListener('mouseover', (event) => {
    const citation = (event.target as Element | null)?.closest?.('.citation');
    if (citation && root.activeElement?.closest('.citation') !== citation) citation.classList.remove(DISMISSED);
  });
}
