import { isValidLocalDate, type LocalDate } from '../common/local-date';
import { assertCalendarYear, type CalendarDay, type CalendarDayKind, type CalendarYear } from './calendar-year';

// The xmlcalendar format (shared/data/production-calendar/README.md), read with a small tokenizer: no DOM in libs/domain.
// Element names and the parent each one must sit in.
const PARENT: Record<string, string | null> = { calendar: null, holidays: 'calendar', holiday: 'holidays', days: 'calendar', day: 'days' };

const KIND_BY_T: Record<string, CalendarDayKind | undefined> = { '1': 'day_off', '2': 'short', '3': 'working' };

const TOKEN = /(?:<\?xml\b[^>]*\?>|<!--[\s\S]*?-->|<(\/?)([A-Za-z][\w.-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>)/y;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED_ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const MONTH_DAY = /^(\d{2})\.(\d{2})$/;

type Element = { name: string; attributes: Record<string, string>; line: number };

function fail(message: string): never {
  throw new Error(`Файл производственного календаря не распознан: ${message}`);
}

const decodeEntities = (value: string, line: number): string => {
  if (/&(?!(?:#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);)/.test(value)) fail(`строка ${line}: недопустимый символ «&» в значении атрибута`);
  return value.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, named: string | undefined) =>
    named ? NAMED_ENTITY[named] : String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec)),
  );
};

const parseAttributes = (raw: string, line: number): Record<string, string> => {
  const attributes: Record<string, string> = {};
  for (const m of raw.matchAll(ATTRIBUTE)) {
    if (m[1] in attributes) fail(`строка ${line}: атрибут ${m[1]} указан дважды`);
    attributes[m[1]] = decodeEntities(m[2] ?? m[3], line);
  }
  return attributes;
};

// Splits the document into elements, checking nesting, so a truncated or foreign file fails with its line number.
const readElements = (xml: string): Element[] => {
  const text = xml.replace(/^\uFEFF/, '');
  const elements: Element[] = [];
  const open: string[] = [];
  const nonSpace = /\S/g;
  const token = new RegExp(TOKEN.source, 'y');
  let pos = 0;
  let rootSeen = false;
  let line = 1;
  let counted = 0;
  const lineOf = (pos: number): number => {
    for (; counted < pos; counted++) if (text.charCodeAt(counted) === 10) line++;
    return line;
  };
  for (;;) {
    nonSpace.lastIndex = pos;
    const next = nonSpace.exec(text);
    if (!next) break;
    token.lastIndex = next.index;
    const m = token.exec(text);
    const at = lineOf(next.index);
    if (!m) fail(`строка ${at}: неожиданный текст «${text.slice(next.index, next.index + 40).split('\n')[0]}»`);
    pos = token.lastIndex;
    const [, closing, name, rawAttributes, selfClosing] = m;
    if (name === undefined) continue; // declaration or comment
    if (closing) {
      const top = open.pop();
      if (top !== name) fail(`строка ${at}: закрывающий тег </${name}> без открывающего${top ? ` (ожидался </${top}>)` : ''}`);
      continue;
    }
    if (!(name in PARENT)) fail(`строка ${at}: неизвестный элемент <${name}>`);
    const parent = open.length > 0 ? open[open.length - 1] : null;
    if (parent !== PARENT[name]) fail(`строка ${at}: элемент <${name}> не на своём месте`);
    if (name === 'calendar') {
      if (rootSeen) fail(`строка ${at}: второй элемент <calendar>`);
      rootSeen = true;
    }
    elements.push({ name, attributes: parseAttributes(rawAttributes, at), line: at });
    if (!selfClosing) open.push(name);
  }
  if (!rootSeen) fail('нет элемента <calendar>');
  if (open.length > 0) fail(`файл оборван: не закрыт элемент <${open[open.length - 1]}>`);
  return elements;
};

const dateInYear = (monthDay: string | undefined, year: number, what: string, line: number): LocalDate => {
  const m = MONTH_DAY.exec(monthDay ?? '');
  if (!m) fail(`строка ${line}: ${what} «${monthDay ?? ''}» должен быть в формате ММ.ДД`);
  const date = `${year}-${m[1]}-${m[2]}`;
  if (!isValidLocalDate(date)) fail(`строка ${line}: ${what} «${monthDay}» — такой даты нет в ${year} году`);
  return date;
};

export const parseCalendarXml = (xml: string): CalendarYear => {
  const elements = readElements(xml);
  const root = elements[0];
  const yearText = root.attributes['year'];
  if (yearText === undefined || !/^\d{4}$/.test(yearText)) fail(`атрибут year элемента <calendar> должен быть годом из 4 цифр, а не «${yearText ?? ''}»`);
  const year = Number(yearText);
  if (year < 1900 || year > 2199) fail(`год ${year} вне допустимого диапазона`);

  const holidays = new Map<string, string>();
  for (const el of elements.filter((e) => e.name === 'holiday')) {
    const { id, title } = el.attributes;
    if (!id || title === undefined) fail(`строка ${el.line}: у <holiday> должны быть атрибуты id и title`);
    if (holidays.has(id)) fail(`строка ${el.line}: праздник id="${id}" указан дважды`);
    holidays.set(id, title.trim());
  }

  const days: CalendarDay[] = [];
  const seen = new Set<LocalDate>();
  for (const el of elements.filter((e) => e.name === 'day')) {
    const { d, t, h, f } = el.attributes;
    const date = dateInYear(d, year, 'день', el.line);
    if (seen.has(date)) fail(`строка ${el.line}: день ${d} указан дважды`);
    seen.add(date);
    const kind = KIND_BY_T[t ?? ''];
    if (!kind) fail(`строка ${el.line}: тип дня t="${t ?? ''}" — допустимы 1, 2, 3`);
    const day: CalendarDay = { date, kind };
    if (h !== undefined) {
      const title = holidays.get(h);
      if (title === undefined) fail(`строка ${el.line}: праздник h="${h}" не описан в <holidays>`);
      // t=1 with h: a public holiday; t=1 without h: a day off (usually transferred, f = where from)
      if (kind === 'day_off') day.kind = 'holiday';
      day.holidayTitle = title;
    }
    if (f !== undefined) day.movedFrom = dateInYear(f, year, 'день переноса f', el.line);
    days.push(day);
  }
  days.sort((a, b) => (a.date < b.date ? -1 : 1));
  const result = { year, days };
  assertCalendarYear(result);
  return result;
};

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const monthDay = (date: LocalDate): string => `${date.slice(5, 7)}.${date.slice(8, 10)}`;

// a holiday needs an h attribute, or it would read back as a transferred day off
const HOLIDAY_WITHOUT_TITLE = 'Нерабочий праздничный день';

const T_BY_KIND: Record<CalendarDayKind, string> = { holiday: '1', day_off: '1', short: '2', working: '3' };

// Writes the same format back (admin export); holiday ids are numbered in order of first appearance.
export const serializeCalendarXml = (calendarYear: CalendarYear): string => {
  assertCalendarYear(calendarYear);
  const days = [...calendarYear.days].sort((a, b) => (a.date < b.date ? -1 : 1));
  const holidayIds = new Map<string, string>();
  const titleOf = (day: CalendarDay): string | undefined => day.holidayTitle ?? (day.kind === 'holiday' ? HOLIDAY_WITHOUT_TITLE : undefined);
  for (const day of days) {
    const title = titleOf(day);
    if (title !== undefined && !holidayIds.has(title)) holidayIds.set(title, String(holidayIds.size + 1));
  }
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<calendar year="${calendarYear.year}" lang="ru" country="ru">`, '    <holidays>'];
  for (const [title, id] of holidayIds) lines.push(`        <holiday id="${id}" title="${escapeAttribute(title)}"/>`);
  lines.push('    </holidays>', '    <days>');
  for (const day of days) {
    if (day.movedFrom !== undefined && !day.movedFrom.startsWith(`${calendarYear.year}-`)) {
      throw new Error(`Формат xmlcalendar не позволяет указать перенос с ${day.movedFrom} на ${day.date}: дни должны быть в одном году`);
    }
    const title = titleOf(day);
    const h = title !== undefined ? ` h="${holidayIds.get(title)}"` : '';
    const f = day.movedFrom !== undefined ? ` f="${monthDay(day.movedFrom)}"` : '';
    lines.push(`        <day d="${monthDay(day.date)}" t="${T_BY_KIND[day.kind]}"${h}${f}/>`);
  }
  lines.push('    </days>', '</calendar>', '');
  return lines.join('\n');
};
