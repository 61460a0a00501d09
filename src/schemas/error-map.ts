/**
 * Turns zod issues into messages an author can act on, phrased in terms of the
 * frontmatter they wrote rather than zod's internals.
 */
import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;

/** `notes[2].quote` for the path ['notes', 2, 'quote']. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (value instanceof Date) return 'a date';
  switch (typeof value) {
    case 'string':
      return `the text ${JSON.stringify(value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'a mapping';
    default:
      return typeof value;
  }
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
};

/** One friendly sentence for a zod issue, naming the field. */
export function formatIssue(issue: Issue): string {
  const field = issue.path.length > 0 ? `"${formatPath(issue.path)}"` : 'The frontmatter';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `${field} is required but missing.`;
      return `${field} must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${typeName(issue.input)}.`;
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${issue.path.length > 0 ? `${formatPath(issue.path)}.` : ''}${k}"`).join(', ');
      return `Unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}: check the spelling, or remove it.`;
    }
    case 'invalid_value':
      return `${field} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${typeName(issue.input)}.`;
    default: {
      const message = issue.message.replace(/\.$/u, '');
      const input = 'input' in issue && issue.input !== undefined ? `, not ${typeName(issue.input)}` : '';
      return `${field} ${message}${input}.`;
    }
  }
}
