/**
 * Where a source page's margin notes sit against their paragraphs, for
 * `page.evaluate(marginNotes, maxOffset)` in Chromium: how far each note's
 * top (`.passage-aside`) is from its paragraph's top, and the notes more than
 * `maxOffset` px from it or not beside the paragraph's text. Passed to the
 * page by its source, so it uses nothing from outside itself. The geometry
 * test runs it on the seed's source pages, the bench on its generated ones.
 */
export function marginNotes(maxOffset: number): { offsets: number[]; problems: string[] } {
  const offsets: number[] = [];
  const problems: string[] = [];
  for (const aside of document.querySelectorAll('.passage > .passage-aside')) {
    const passage = aside.parentElement!;
    const text = passage.querySelector(':scope > .passage-text')!.getBoundingClientRect();
    const note = aside.getBoundingClientRect();
    const offset = Math.round(note.top - text.top);
    offsets.push(Math.abs(offset));
    if (Math.abs(offset) > maxOffset) problems.push(`${passage.id}: its note is ${offset} px from its top`);
    if (note.left < text.right) problems.push(`${passage.id}: its note is not beside the text`);
  }
  return { offsets, problems };
}

/** The most a note's top may be from its paragraph's top on a wide screen. */
export const MAX_NOTE_OFFSET_PX = 48;
