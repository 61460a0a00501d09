/**
 * A reference of content fields, as Markdown, generated from zod schemas:
 * each field's type, whether it is required, its default, its allowed values
 * and its `.describe()` text. The schemas are read through their JSON Schema
 * (zod's `toJSONSchema`, as the author writes the data: `io: 'input'`), so
 * a field with a default is optional, as it is to the author.
 */
import { z } from 'astro/zod';

/** One kind of content file and the schema of its data. */
export interface ReferenceSection {
  /** The file's path in the content folder, e.g. `articles/<id>.md`. */
  readonly file: string;
  /** Markdown with frontmatter (the schema is the frontmatter's), or a YAML list (the schema is the list's). */
  readonly format: 'markdown' | 'yaml-list';
  readonly schema: z.ZodType;
}

/** The part of JSON Schema that zod writes for the schemas of content. */
interface JsonSchemaNode {
  readonly type?: string;
  readonly title?: string;
  readonly description?: string;
  readonly default?: unknown;
  readonly enum?: readonly unknown[];
  readonly pattern?: string;
  readonly minItems?: number;
  readonly items?: JsonSchemaNode;
  readonly properties?: Readonly<Record<string, JsonSchemaNode>>;
  readonly required?: readonly string[];
}

interface FieldRow {
  readonly path: string;
  readonly node: JsonSchemaNode;
  readonly required: boolean;
}

function jsonSchemaOf(schema: z.ZodType): JsonSchemaNode {
  // Refinements (dates, URLs) are not representable; the schemas name their form in `.meta({ title })`.
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode;
}

/** The fields of an object, depth first; a mapping's or a list of mappings' fields follow it. */
function fieldRows(node: JsonSchemaNode, prefix = ''): FieldRow[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).flatMap(([name, child]) => {
    const path = `${prefix}${name}`;
    const row = { path, node: child, required: required.has(name) };
    if (child.type === 'object') return [row, ...fieldRows(child, `${path}.`)];
    if (child.type === 'array' && child.items?.type === 'object') return [row, ...fieldRows(child.items, `${path}[].`)];
    return [row];
  });
}

function typeOf(node: JsonSchemaNode): string {
  if (node.title) return node.title;
  switch (node.type) {
    case 'string':
      return 'text';
    case 'boolean':
      return '`true` or `false`';
    case 'integer':
      return 'whole number';
    case 'number':
      return 'number';
    case 'object':
      return 'mapping';
    case 'array':
      return node.items?.type === 'object' ? 'list of mappings' : `list of ${node.items ? typeOf(node.items) : 'values'}`;
    default:
      return 'any';
  }
}

const code = (text: string) => `\`${text}\``;

function allowedOf(node: JsonSchemaNode): string {
  const allowed: string[] = [];
  if (node.enum) allowed.push(node.enum.map((value) => code(String(value))).join(', '));
  // A titled type names its form in words; an untitled pattern is the rule itself.
  if (node.pattern && !node.title) allowed.push(`matches ${code(node.pattern)}`);
  if (node.items) {
    const itemAllowed = allowedOf(node.items);
    if (itemAllowed) allowed.push(`each: ${itemAllowed}`);
  }
  if (node.minItems !== undefined) allowed.push(`at least ${node.minItems}`);
  return allowed.join('; ');
}

function cell(text: string): string {
  return text.replace(/\|/gu, '\\|').replace(/\s*\n\s*/gu, ' ');
}

function fieldTable(node: JsonSchemaNode): string {
  const rows = fieldRows(node).map(({ path, node: field, required }) => {
    const fallback = field.default === undefined ? '' : code(JSON.stringify(field.default));
    const columns = [code(path), typeOf(field), required ? 'required' : 'optional', fallback, allowedOf(field), field.description ?? ''];
    return `| ${columns.map(cell).join(' | ')} |`;
  });
  return ['| field | type | required | default | allowed values | description |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

function sectionText({ file, format, schema }: ReferenceSection): string {
  const root = jsonSchemaOf(schema);
  const data = format === 'yaml-list' ? (root.items ?? {}) : root;
  const form =
    format === 'markdown'
      ? 'Markdown with YAML frontmatter. The frontmatter’s fields:'
      : 'A YAML list. The fields of each item:';
  const about = data.description ?? root.description;
  return [`## ${code(file)}`, ...(about ? [about] : []), form, fieldTable(data)].join('\n\n');
}

/** The whole reference: a title, an introduction, then one section per kind of file. */
export function renderReference(title: string, introduction: string, sections: readonly ReferenceSection[]): string {
  return `${[`# ${title}`, introduction, ...sections.map(sectionText)].join('\n\n')}\n`;
}
