/**
 * JSON for the inside of a data block, `<script type="application/ld+json">`
 * or `application/json`, which is never executed: with every `<` escaped, no
 * text can close the element or open a comment in it.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</gu, '\\u003c');
}
