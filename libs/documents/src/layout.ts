import type { LocalDate } from '@casework/domain';
import type { Content, ContentText, DynamicContent, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import { documentTimestamp, formatDate } from './format-date';
import { initialsAndLastName, type PersonName } from './inflect';

// The issuing body as printed in the heading of a document.
export type Authority = {
  // «Администрация Сосьвинского городского округа»
  name: string;
  // the executing institution, when it is not the authority itself (МКУ «Центр …»)
  institution?: string;
  // postal address, e-mail, phone: one line under the name
  address?: string;
  // place of issue under the title: «п.г.т. Сосьва»
  place?: string;
};

export type Official = { position: string; name: PersonName };

// A signature with the day it was put; no date prints a blank date line (a draft).
export type Signature = { official: Official; date?: LocalDate };

// A4 with ГОСТ Р 7.0.97-2016 margins: left 30 mm, right 15 mm, top and bottom 20 mm.
const MM = 72 / 25.4;
export const PAGE_MARGINS: [number, number, number, number] = [30 * MM, 20 * MM, 15 * MM, 20 * MM];
export const CONTENT_WIDTH = 595.28 - PAGE_MARGINS[0] - PAGE_MARGINS[2];
const PARAGRAPH_INDENT = 12.5 * MM;

export const STYLES: StyleDictionary = {
  authority: { bold: true, fontSize: 12, alignment: 'center' },
  institution: { fontSize: 11, alignment: 'center' },
  address: { fontSize: 9, alignment: 'center', color: '#333333' },
  title: { bold: true, fontSize: 14, alignment: 'center', characterSpacing: 1 },
  subtitle: { bold: true, fontSize: 12, alignment: 'center' },
  paragraph: { alignment: 'justify', leadingIndent: PARAGRAPH_INDENT, margin: [0, 0, 0, 4] },
  item: { alignment: 'justify', margin: [0, 0, 0, 3] },
  label: { bold: true },
  small: { fontSize: 9 },
  tableHeader: { bold: true, fontSize: 10, alignment: 'center' },
  tableCell: { fontSize: 10 },
  caption: { fontSize: 8, color: '#444444', alignment: 'center' },
};

export const authorityHeading = (authority: Authority): Content[] => {
  const lines: Content[] = [{ text: authority.name.toUpperCase(), style: 'authority' }];
  if (authority.institution) lines.push({ text: authority.institution, style: 'institution', margin: [0, 2, 0, 0] });
  if (authority.address) lines.push({ text: authority.address, style: 'address', margin: [0, 2, 0, 0] });
  lines.push({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 1.2 }], margin: [0, 4, 0, 10] });
  return lines;
};

// «от 10.10.2025» on the left, «№ 45» on the right.
export const dateAndNumberRow = (date: LocalDate, number: string): Content => ({
  columns: [
    { text: `от ${formatDate(date)}`, alignment: 'left' },
    { text: `№ ${number}`, alignment: 'right' },
  ],
  margin: [0, 10, 0, 0],
});

const BLANK_DATE = '«____» ______________ 20___ г.';

export const signatureDate = (date: LocalDate | undefined): string => (date ? formatDate(date) : BLANK_DATE);

export type Run = string | (ContentText & { text: string });

// pdfmake justifies a line by spreading the slack over every run boundary, so a boundary before a comma
// prints as «Иванову ,» and a boundary before a space as a double gap. Plain runs are merged, and the punctuation
// and space a plain run starts with move into the styled run before it.
export const runs = (...parts: Run[]): Run[] => {
  const out: Run[] = [];
  for (const part of parts) {
    if (part === '') continue;
    const prev = out[out.length - 1];
    if (typeof part !== 'string' || prev === undefined) {
      out.push(part);
    } else if (typeof prev === 'string') {
      out[out.length - 1] = prev + part;
    } else {
      const punctuation = /^[,.;:)»]*\s*/.exec(part)?.[0] ?? '';
      if (punctuation) out[out.length - 1] = { ...prev, text: prev.text + punctuation };
      if (part.length > punctuation.length) out.push(part.slice(punctuation.length));
    }
  }
  return out;
};

export const bold = (text: string): Run => ({ text, bold: true });

// «Position ________ И.О. Фамилия» with «(подпись)» under the line.
export const signatureRow = (left: string, printedName: string): Content => ({
  columns: [
    { width: '*', text: left },
    {
      width: 110,
      stack: [{ text: ' ' }, { canvas: [{ type: 'line', x1: 5, y1: 0, x2: 105, y2: 0, lineWidth: 0.5 }] }, { text: '(подпись)', style: 'caption' }],
    },
    { width: 'auto', text: printedName, noWrap: true, margin: [0, 12, 0, 0] },
  ],
  columnGap: 8,
});

// A caption, the signature row, and the date under it.
export const signatureBlock = (signature: Signature, caption?: string): Content => ({
  unbreakable: true,
  stack: [
    ...(caption ? [{ text: caption, style: 'label', margin: [0, 0, 0, 4] } as Content] : []),
    signatureRow(signature.official.position, initialsAndLastName(signature.official.name)),
    { text: signatureDate(signature.date), margin: [0, 2, 0, 0] },
  ],
  margin: [0, 14, 0, 0],
});

// Гриф утверждения in the top right corner (ГОСТ Р 7.0.97-2016, реквизит 22).
export const approvalStamp = (signature: Signature): Content => ({
  columns: [
    { width: '*', text: '' },
    {
      width: 230,
      stack: [
        { text: 'УТВЕРЖДАЮ', bold: true },
        { text: signature.official.position, margin: [0, 2, 0, 0] },
        {
          columns: [
            { width: 100, stack: [{ text: ' ' }, { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 95, y2: 0, lineWidth: 0.5 }] }] },
            { width: '*', text: initialsAndLastName(signature.official.name), noWrap: true, margin: [0, 12, 0, 0] },
          ],
        },
        { text: signatureDate(signature.date), margin: [0, 2, 0, 0] },
      ],
    },
  ],
  margin: [0, 0, 0, 10],
});

const pageNumbers: DynamicContent = (currentPage, pageCount) =>
  pageCount > 1 ? { text: `${currentPage} из ${pageCount}`, style: 'caption', margin: [0, 20, 0, 0] } : null;

export type DocumentFrame = {
  title: string;
  author: string;
  subject: string;
  date: LocalDate;
  draft?: boolean;
  content: Content[];
};

// Page, fonts, styles and metadata shared by every document; the creation date comes from the data.
export const officialDocument = (frame: DocumentFrame): TDocumentDefinitions => ({
  pageSize: 'A4',
  pageMargins: PAGE_MARGINS,
  language: 'ru-RU',
  info: {
    title: frame.title,
    author: frame.author,
    subject: frame.subject,
    creator: 'casework',
    producer: 'casework',
    creationDate: documentTimestamp(frame.date),
  },
  defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.15 },
  styles: STYLES,
  footer: pageNumbers,
  ...(frame.draft ? { watermark: { text: 'ПРОЕКТ', opacity: 0.08, bold: true } } : {}),
  content: frame.content,
});

// «3(10)» → «подп. 10 п. 3 регламента», «21» → «п. 21 регламента»; a clause already in Russian stays as written.
export const clauseRef = (clause: string): string => {
  const c = clause.trim().replace(/^cl\.\s*/i, '');
  const sub = /^(\d+)\((\d+)\)$/.exec(c);
  if (sub) return `подп. ${sub[2]} п. ${sub[1]} регламента`;
  if (/^\d+(\.\d+)*$/.test(c)) return `п. ${c} регламента`;
  return c;
};

// 11 digits → «112-233-445 95»; anything else is printed as given.
export const formatSnils = (snils: string): string => {
  const digits = snils.replace(/\D/g, '');
  return digits.length === 11 ? `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${digits.slice(9)}` : snils;
};
