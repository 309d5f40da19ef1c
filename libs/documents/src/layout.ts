import type { LocalDate } from '@casework/domain';
import type { Content, ContentStack, ContentText, DynamicContent, StyleDictionary, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
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
// a register or journal page turned sideways
export const LANDSCAPE_CONTENT_WIDTH = 841.89 - PAGE_MARGINS[0] - PAGE_MARGINS[2];
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

export const authorityHeading = (authority: Authority, width: number = CONTENT_WIDTH): Content[] => {
  const lines: Content[] = [{ text: authority.name.toUpperCase(), style: 'authority' }];
  if (authority.institution) lines.push({ text: authority.institution, style: 'institution', margin: [0, 2, 0, 0] });
  if (authority.address) lines.push({ text: authority.address, style: 'address', margin: [0, 2, 0, 0] });
  lines.push({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 1.2 }], margin: [0, 4, 0, 10] });
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

// A grif: «УТВЕРЖДАЮ» (ГОСТ Р 7.0.97-2016, реквизит 22) or «СОГЛАСОВАНО» (реквизит 23), the position, the signature
// line with the name, the date; the seal place when the signature is certified by it.
export const stampBlock = (word: string, signature: Signature, seal = false): ContentStack => ({
  stack: [
    { text: word, bold: true },
    { text: signature.official.position, margin: [0, 2, 0, 0] },
    {
      columns: [
        { width: 100, stack: [{ text: ' ' }, { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 95, y2: 0, lineWidth: 0.5 }] }] },
        { width: '*', text: initialsAndLastName(signature.official.name), noWrap: true, margin: [0, 12, 0, 0] },
      ],
    },
    { text: signatureDate(signature.date), margin: [0, 2, 0, 0] },
    ...(seal ? [{ text: 'М.П.', margin: [0, 4, 0, 0] } as Content] : []),
  ],
});

// Гриф утверждения in the top right corner (ГОСТ Р 7.0.97-2016, реквизит 22).
export const approvalStamp = (signature: Signature): Content => ({
  columns: [{ width: '*', text: '' }, { width: 230, ...stampBlock('УТВЕРЖДАЮ', signature) }],
  margin: [0, 0, 0, 10],
});

// «СОГЛАСОВАНО» on the left, «УТВЕРЖДАЮ» on the right (a payment register: housing-utilities cl. 67).
export const agreementAndApprovalStamps = (agreed: Signature, approved: Signature, seal = false): Content => ({
  columns: [
    { width: 230, ...stampBlock('СОГЛАСОВАНО', agreed) },
    { width: '*', text: '' },
    { width: 230, ...stampBlock('УТВЕРЖДАЮ', approved, seal) },
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
  // a wide table (journal, register) turns the page
  orientation?: 'portrait' | 'landscape';
  content: Content[];
};

// Page, fonts, styles and metadata shared by every document; the creation date comes from the data.
export const officialDocument = (frame: DocumentFrame): TDocumentDefinitions => ({
  pageSize: 'A4',
  ...(frame.orientation === 'landscape' ? { pageOrientation: 'landscape' as const } : {}),
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
// With the act (2.3.2: the reason with the sub-item, item, title, date and number of the act) the clause is followed
// by it instead of «регламента»: «п. 3.2.4 административного регламента …, утверждённого постановлением … № 1553».
export const clauseRef = (clause: string, act?: string): string => {
  const c = clause.trim().replace(/^cl\.\s*/i, '');
  const sub = /^(\d+)\((\d+)\)$/.exec(c);
  const bare = sub ? `подп. ${sub[2]} п. ${sub[1]}` : /^\d+(\.\d+)*$/.test(c) ? `п. ${c}` : undefined;
  if (act?.trim()) return `${bare ?? c} ${act.trim()}`;
  return bare ? `${bare} регламента` : c;
};

// 11 digits → «112-233-445 95»; anything else is printed as given.
export const formatSnils = (snils: string): string => {
  const digits = snils.replace(/\D/g, '');
  return digits.length === 11 ? `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${digits.slice(9)}` : snils;
};

// A blank to be filled in by hand where the data has no value yet (a form printed before it is complete).
export const BLANK = '____________________';
export const orBlank = (value: string | undefined): string => (value?.trim() ? value.trim() : BLANK);

// The boxes are drawn as one-cell tables: the subset Roboto has no ballot-box glyphs. A ticked box holds an «X».
const BOX_LAYOUT = {
  hLineWidth: (): number => 0.6,
  vLineWidth: (): number => 0.6,
  paddingLeft: (): number => 1,
  paddingRight: (): number => 1,
  paddingTop: (): number => 0,
  paddingBottom: (): number => 0,
};

// «[X] законным представителем» — a check box of a form («нужное отметить») with its label.
export const checkBox = (checked: boolean, ...label: Run[]): Content => ({
  unbreakable: true,
  columns: [
    {
      width: 12,
      table: { widths: [7], heights: [8], body: [[{ text: checked ? 'X' : '', fontSize: 7, bold: true, alignment: 'center', lineHeight: 1 }]] },
      layout: BOX_LAYOUT,
      margin: [0, 2, 0, 0],
    },
    { width: '*', text: runs(...label), style: 'item', margin: [0, 0, 0, 1] },
  ],
  columnGap: 4,
});

// «------ линия отрыва ------»: where the tear-off receipt is cut from the form.
export const cutLine = (caption = 'линия отрыва', width: number = CONTENT_WIDTH): Content => ({
  stack: [
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.5, dash: { length: 4, space: 3 } }] },
    { text: `(${caption})`, style: 'caption', margin: [0, 1, 0, 0] },
  ],
  margin: [0, 8, 0, 6],
});

// The two-column table of the applicant's data in App 9–11: «Фамилия | Соколова».
export const fieldTable = (rows: [label: string, value: string | undefined][], labelWidth = 190): Content => ({
  table: {
    widths: [labelWidth, '*'],
    body: rows.map(([label, value]): TableCell[] => [
      { text: label, style: 'tableCell' },
      { text: value?.trim() ? value.trim() : ' ', style: 'tableCell' },
    ]),
    dontBreakRows: true,
  },
  margin: [0, 4, 0, 8],
});

// «Расчет произвел ____ (подпись) И.О. Фамилия» rows of the App 3–6 forms, the date under the name when it is known:
// the three columns of the form («подпись», «расшифровка подписи») kept compact so that they stay on the page.
export type LabelledSignature = { label: string; signature: Signature };

export const labelledSignatures = (rows: LabelledSignature[], seal = false): Content => ({
  unbreakable: true,
  stack: [
    ...rows.map(
      ({ label, signature }): Content => ({
        columns: [
          { width: 190, text: label, margin: [0, 6, 0, 0] },
          {
            width: 115,
            stack: [{ text: ' ', lineHeight: 0.9 }, { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 110, y2: 0, lineWidth: 0.5 }] }, { text: '(подпись)', style: 'caption' }],
          },
          {
            width: '*',
            stack: [
              { text: initialsAndLastName(signature.official.name), noWrap: true, margin: [0, 6, 0, 0] },
              ...(signature.date ? [{ text: formatDate(signature.date), style: 'small' } as Content] : []),
            ],
          },
        ],
        columnGap: 10,
        margin: [0, 1, 0, 1],
      }),
    ),
    ...(seal ? [{ text: 'М.П.', margin: [0, 2, 0, 0] } as Content] : []),
  ],
  margin: [0, 6, 0, 0],
});
