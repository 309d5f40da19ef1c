import type { TDocumentDefinitions } from 'pdfmake/interfaces';

// The plain text of a definition, one block per line: what a reader of the PDF sees, for tests and text previews.

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

const inlineText = (value: unknown): string => {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(inlineText).join('');
  if (isNode(value) && 'text' in value) return inlineText(value.text);
  return '';
};

const collect = (value: unknown, out: string[]): void => {
  if (typeof value === 'string' || typeof value === 'number') {
    out.push(String(value));
  } else if (Array.isArray(value)) {
    for (const item of value) collect(item, out);
  } else if (isNode(value)) {
    if ('text' in value) out.push(inlineText(value.text));
    for (const key of ['stack', 'columns', 'ul', 'ol']) if (key in value) collect(value[key], out);
    if (isNode(value.table)) collect(value.table.body, out);
  }
};

export const definitionText = (definition: TDocumentDefinitions): string => {
  const out: string[] = [];
  collect(definition.content, out);
  return out.filter((line) => line.trim() !== '').join('\n');
};

// Paths of values a PDF would print wrongly: undefined, null, NaN, or a string that spells one of them.
export const unprintableValues = (value: unknown, path = '$', out: string[] = []): string[] => {
  if (value === undefined || value === null || Number.isNaN(value)) out.push(`${path} = ${String(value)}`);
  else if (typeof value === 'string' && /undefined|null|NaN/.test(value)) out.push(`${path} = ${value}`);
  else if (Array.isArray(value)) value.forEach((item, i) => unprintableValues(item, `${path}[${i}]`, out));
  else if (typeof value === 'object' && !(value instanceof Date)) for (const [key, item] of Object.entries(value)) unprintableValues(item, `${path}.${key}`, out);
  return out;
};
