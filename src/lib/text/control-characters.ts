/**
 * Control characters: a NUL or an escape sequence in a title has no place in
 * text for readers, makes XML invalid for every subscriber of a feed, and,
 * echoed to a terminal, can rewrite what the user sees. Content refuses them
 * where it is read (with its place); every output removes any that got through.
 * Tab, line feed and carriage return are text, not control.
 */

/** C0 controls but tab, line feed and carriage return; DEL; C1 controls. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** Every control character, for replacing. */
export const CONTROL_CHARACTERS = new RegExp(CONTROL.source, 'gu');

/** The first control character in text and its offset, or undefined. */
export function firstControlCharacter(text: string): { readonly offset: number; readonly code: string } | undefined {
  const match = CONTROL.exec(text);
  return match ? { offset: match.index, code: `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` } : undefined;
}

/** Text with every control character removed. */
export const withoutControlCharacters = (text: string): string => text.replace(CONTROL_CHARACTERS, '');

/** What a control character in content is told: which, and where. */
export const controlCharacterMessage = (code: string, where: string): string =>
  `A control character (${code}) ${where}: it has no place in text for readers, breaks the feed and the citation files, and can rewrite a terminal's screen. Remove it.`;
