// The form of facts a service's rules read, built from the JSON schema of its facts (GET /api/services: evaluation.
// factsSchema, made from the zod schema of libs/domain): a field per property, labelled by its `title`. The form keeps
// what the clerk typed as text; `toFacts` turns it into the values the API checks, `fromFacts` back.

export type JsonSchema = {
  type?: string | string[];
  title?: string;
  format?: string;
  unit?: string;
  enum?: string[];
  enumTitles?: Record<string, string>;
  itemTitle?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
};

export type Option = { value: string; title: string };

export type FactField =
  | { kind: 'boolean'; key: string; title: string }
  | { kind: 'number'; key: string; title: string; integer: boolean; kopecks: boolean }
  | { kind: 'text'; key: string; title: string; format: 'text' | 'date' | 'month' }
  | { kind: 'enum'; key: string; title: string; options: Option[] }
  | { kind: 'enums'; key: string; title: string; options: Option[] }
  | { kind: 'group'; key: string; title: string; fields: FactField[] }
  | { kind: 'list'; key: string; title: string; itemTitle: string; fields: FactField[] };

// a draft: text per input ('' = not established), an object per group, an array per list
export type Draft = { [key: string]: DraftValue };
export type DraftValue = string | string[] | Draft | Draft[];

// a nullable or optional property may come wrapped in anyOf / oneOf
const unwrap = (s: JsonSchema): JsonSchema => {
  const alternatives = s.anyOf ?? s.oneOf;
  if (!alternatives) return s;
  const real = alternatives.find((a) => a.type !== 'null') ?? alternatives[0];
  return { ...real, title: s.title ?? real.title, enumTitles: s.enumTitles ?? real.enumTitles, unit: s.unit ?? real.unit, itemTitle: s.itemTitle ?? real.itemTitle };
};

const typeOf = (s: JsonSchema): string | undefined => (Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type);

const options = (s: JsonSchema): Option[] => (s.enum ?? []).map((value) => ({ value, title: s.enumTitles?.[value] ?? value }));

export const factFields = (schema: JsonSchema): FactField[] =>
  Object.entries(unwrap(schema).properties ?? {}).map(([key, raw]) => {
    const s = unwrap(raw);
    const title = s.title ?? key;
    const type = typeOf(s);
    if (s.enum) return { kind: 'enum', key, title, options: options(s) };
    if (type === 'boolean') return { kind: 'boolean', key, title };
    if (type === 'integer' || type === 'number') return { kind: 'number', key, title, integer: type === 'integer', kopecks: s.unit === 'kopecks' };
    if (type === 'object') return { kind: 'group', key, title, fields: factFields(s) };
    if (type === 'array' && s.items) {
      const item = unwrap(s.items);
      if (item.enum) return { kind: 'enums', key, title, options: options(item) };
      return { kind: 'list', key, title, itemTitle: s.itemTitle ?? 'Запись', fields: factFields(item) };
    }
    return { kind: 'text', key, title, format: s.format === 'date' ? 'date' : s.format === 'month' ? 'month' : 'text' };
  });

export const emptyDraft = (fields: readonly FactField[]): Draft =>
  Object.fromEntries(fields.map((f) => [f.key, f.kind === 'group' ? emptyDraft(f.fields) : f.kind === 'list' || f.kind === 'enums' ? [] : '']));

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// kopecks as rubles with a decimal comma: 450000 → «4500,00»
const rubles = (kopecks: number): string => `${Math.trunc(kopecks / 100)},${String(Math.abs(kopecks) % 100).padStart(2, '0')}`;

export const fromFacts = (fields: readonly FactField[], facts: unknown): Draft => {
  const source = isObject(facts) ? facts : {};
  const draft: Draft = {};
  for (const f of fields) {
    const v = source[f.key];
    if (f.kind === 'group') draft[f.key] = fromFacts(f.fields, v);
    else if (f.kind === 'list') draft[f.key] = Array.isArray(v) ? v.map((item) => fromFacts(f.fields, item)) : [];
    else if (f.kind === 'enums') draft[f.key] = Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    else if (f.kind === 'boolean') draft[f.key] = v === true ? 'true' : v === false ? 'false' : '';
    else if (f.kind === 'number') draft[f.key] = typeof v === 'number' ? (f.kopecks ? rubles(v) : String(v).replace('.', ',')) : '';
    else draft[f.key] = typeof v === 'string' ? v : '';
  }
  return draft;
};

// Text typed as a number (spaces and a decimal comma allowed); what is not a number is sent as typed, for the API to
// name the field.
const parseNumber = (text: string, kopecks: boolean): number | string => {
  const normal = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return text;
  const n = Number(normal);
  return kopecks ? Math.round(n * 100) : n;
};

// The facts to send: an empty input is left out (not established), a group with nothing in it too.
export const toFacts = (fields: readonly FactField[], draft: Draft): Record<string, unknown> => {
  const facts: Record<string, unknown> = {};
  for (const f of fields) {
    const v = draft[f.key];
    if (f.kind === 'group') {
      const inner = toFacts(f.fields, isObject(v) ? (v as Draft) : {});
      if (Object.keys(inner).length > 0) facts[f.key] = inner;
    } else if (f.kind === 'list') {
      const items = Array.isArray(v) ? (v as Draft[]).map((item) => toFacts(f.fields, item)) : [];
      if (items.length > 0) facts[f.key] = items;
    } else if (f.kind === 'enums') {
      if (Array.isArray(v) && v.length > 0) facts[f.key] = v;
    } else if (typeof v === 'string' && v.trim() !== '') {
      if (f.kind === 'boolean') facts[f.key] = v === 'true';
      else if (f.kind === 'number') facts[f.key] = parseNumber(v.trim(), f.kopecks);
      else facts[f.key] = v.trim();
    }
  }
  return facts;
};

// The API names a field of the facts «facts.debt.agreement»; the form keys it «debt.agreement».
export const factErrors = (errors: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(errors).filter(([k]) => k.startsWith('facts.')).map(([k, v]) => [k.slice('facts.'.length), v]));

// A value deep in a draft by its dotted path («familyMembers.0.fullName»), replaced immutably.
export const setAt = (draft: Draft, path: readonly (string | number)[], value: DraftValue): Draft => {
  const [head, ...rest] = path;
  if (rest.length === 0) return { ...draft, [head]: value };
  const current = draft[head as string];
  if (Array.isArray(current) && typeof rest[0] === 'number') {
    const list = [...(current as Draft[])];
    const [index, ...tail] = rest as [number, ...(string | number)[]];
    list[index] = tail.length === 0 ? (value as Draft) : setAt(list[index] ?? {}, tail, value);
    return { ...draft, [head]: list };
  }
  return { ...draft, [head]: setAt(isObject(current) ? (current as Draft) : {}, rest, value) };
};
