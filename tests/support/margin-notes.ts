/**
 * Where a source page's margin notes sit against their paragraphs, for
 * `page.evaluate(marginNoteProblems, maxOffset)` in Chromium: each note
 * (`.passage-aside`) whose top is more than `maxOffset` px from its
 * paragraph's top, or that is not beside the paragraph's text. Passed to the
 * page by its source, so it uses nothing from outside itself. The geometry
 * test runs it on the seed's source pages, the bench on its generated ones.
 */
export function marginNoteProblems(maxOffset: number): string[] {
  return [...document.querySelectorAll('.passage > .passage-aside')].flatMap((aside) => {
    const passage = aside.parentElement!;
    const text = passage.querySelector(':scope > .passage-text')!.getBoundingClientRect();
    const note = aside.getBoundingClientRect();
    const offset = Math.round(note.top - text.top);
    const problems: string[] = [];
    if (Math.abs(offset) > maxOffset) problems.push(`${passage.id}: its note is ${offset} px from its top`);
    if (note.left < text.right) problems.push(`${passage.id}: its note is not beside the text`);
    return problems;
  });
}

/** The most a note's top may be from its paragraph's top on a wide screen. */
export const MAX_NOTE_OFFSET_PX = 48;
