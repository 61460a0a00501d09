/**
 * Control characters: a NUL or an escape sequence in a title has no place in
 * text for readers, makes XML invalid for every subscriber of a feed, and,
 * echoed to a terminal, can rewrite what the user sees. Content refuses them
 * where it is read (with its place); every output removes any that got through.
 * Tab, line feed and carriage return are text, not control.
 */

/** C0 controls but tab, line feed and carriage return; DEL; C1 controls. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/**
 * Bidirectional embeddings, overrides and isolates: in a title or an outlet
 * they can make text read otherwise than it is ("Ferry exe.png"). Right-to-left
 * text needs none of them in one line of metadata; an article's body may.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/** The first bidirectional control in text and its offset, or undefined. */
export function firstBidiControl(text: string): { readonly offset: number; readonly code: string } | undefined {
  const match = BIDI_CONTROL.exec(text);
  return match ? { offset: match.index, code: `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` } : undefined;
}
/** Every control character, for replacing. */
export const CONTROL_CHARACTERS = new RegExp(CONTROL.source, 'gu');

/** The first control character in text and its offset, or undefined. */
export function firstControlCharacter(text: string): { readonly offset: number; readonly code: string } | undefined {
  const match = CONTROL.exec(text);
  return match ? { offset: match.index, code: `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` } : undefined;
}

/** Text with every control character removed. */
export const withoutControlCharacters = (text: string): string => text.replace(CONTROL_CHARACTERS, '');

/** What a bidirectional control in metadata is told: which, and where. */
export const bidiControlMessage = (code: string, where: string): string =>
  `A bidirectional control character (${code}) ${where}: it can make the text read otherwise than it is written. Remove it.`;

/** What a control character in content is told: which, and where. */
export const controlCharacterMessage = (code: string, where: string): string =>
  `A control character (${code}) ${where}: it has no place in text for readers, breaks the feed and the citation files, and can rewrite a terminal's screen. Remove it.`;

/** The first string in a value that holds a control character, or a bidirectional one, with its path and message. */
export function controlCharacterIn(value: unknown, where: string, path: PropertyKey[] = []): { path: PropertyKey[]; message: string } | undefined {
  if (typeof value === 'string') {
    const control = firstControlCharacter(value);
    if (control) return { path, message: controlCharacterMessage(control.code, `is in "${path.join('.')}" ${where}`) };
    const bidi = firstBidiControl(value);
    return bidi ? { path, message: bidiControlMessage(bidi.code, `is in "${path.join('.')}" ${where}`) } : undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = controlCharacterIn(item, where, [...path, index]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = controlCharacterIn(item, where, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}
