import type { LocalDate } from '@casework/domain';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate } from './format-date';
import { fullName, shortName, type PersonName } from './inflect';
import { LANDSCAPE_CONTENT_WIDTH, authorityHeading, officialDocument, type Authority } from './layout';

// A page of the Журнал регистрации заявлений: capital-repair App 2 (3.2.1.1) and the housing-utilities Journal
// (cl. 43, 46, 62: the registration and, later, the decision). App 2 is not reproduced in the source (I-29); the
// columns are our choice: the line number, the registration number, date and time, the applicant, the address,
// the category, the channel, who accepted it, the result and the date of the result.

export type JournalEntry = {
  registrationNumber: string;
  registeredOn: LocalDate;
  // «10:42»: the portal gives the hour and minute of the registration (2.14.2)
  registeredAt?: string;
  applicant: PersonName;
  address?: string;
  // codes as the regulation spells them: A70_ALONE, C10_DISABLED
  categories?: string[];
  // «лично», «МФЦ», «ЕПГУ»
  channel?: string;
  acceptedBy?: PersonName;
  // filled in when decided: «назначена», «отказано (REF-02)», «отказано в приёме», with the decision's number and date
  result?: { title: string; number?: string; date: LocalDate };
};

export type RegistrationJournalData = {
  authority: Authority;
  // the service's journal title: «Журнал регистрации заявлений о назначении компенсации …»
  title: string;
  // the entries of the page, and the number the first line carries in the bound journal
  entries: JournalEntry[];
  firstLineNumber?: number;
  period?: { from: LocalDate; to: LocalDate };
  // the day the page is printed: the PDF's date
  printedOn: LocalDate;
};

const HEADER = [
  '№ п/п',
  'Рег. №',
  'Дата и время регистрации',
  'Ф.И.О. заявителя',
  'Адрес',
  'Категория',
  'Способ подачи',
  'Принял (Ф.И.О. специалиста)',
  'Результат',
  'Дата результата',
];

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

// the table's widths leave room for the cell paddings within the landscape page
const cell = (text: string, align: 'left' | 'center' = 'left', fontSize = 8): TableCell => ({ text, style: 'tableCell', fontSize, alignment: align });

export const registrationJournalDocument = (data: RegistrationJournalData): TDocumentDefinitions => {
  const first = data.firstLineNumber ?? 1;
  if (!Number.isSafeInteger(first) || first < 1) throw new RangeError(`the first line number must be a positive whole number, got ${first}`);
  if (data.period && data.period.to < data.period.from) throw new RangeError(`the page ends (${data.period.to}) before it starts (${data.period.from})`);
  const header: TableCell[] = HEADER.map((text) => ({ text, style: 'tableHeader', fontSize: 8 }));
  const rows: TableCell[][] = data.entries.map((entry, i) => {
    if (entry.registeredAt !== undefined && !TIME_RE.test(entry.registeredAt)) throw new RangeError(`registration time must be HH:MM, got "${entry.registeredAt}"`);
    if (entry.result && entry.result.date < entry.registeredOn) throw new RangeError(`the result of ${entry.registrationNumber} is dated before its registration`);
    return [
      cell(String(first + i), 'center'),
      cell(entry.registrationNumber),
      cell(`${formatDate(entry.registeredOn)}${entry.registeredAt ? ` ${entry.registeredAt}` : ''}`, 'center'),
      cell(fullName(entry.applicant)),
      cell(entry.address ?? ''),
      // the codes are long (C29_HOME_FRONT_WORKER): a smaller size keeps each on one line
      cell((entry.categories ?? []).join(', '), 'left', 7),
      cell(entry.channel ?? ''),
      cell(entry.acceptedBy ? shortName(entry.acceptedBy) : ''),
      cell(entry.result ? `${entry.result.title}${entry.result.number ? `, № ${entry.result.number}` : ''}` : ''),
      cell(entry.result ? formatDate(entry.result.date) : '', 'center'),
    ];
  });
  const period = data.period ? `с ${formatDate(data.period.from)} по ${formatDate(data.period.to)}` : undefined;
  const content: Content[] = [
    ...authorityHeading(data.authority, LANDSCAPE_CONTENT_WIDTH),
    { text: data.title.toUpperCase(), style: 'subtitle', margin: [0, 0, 0, 2] },
    ...(period ? [{ text: period, alignment: 'center', margin: [0, 0, 0, 8] } as Content] : [{ text: '', margin: [0, 0, 0, 6] } as Content]),
    {
      table: { headerRows: 1, widths: [18, 74, 50, '*', 86, 96, 62, 58, 70, 44], body: [header, ...rows], dontBreakRows: true },
    },
    ...(rows.length === 0 ? [{ text: 'Записей нет.', style: 'item', margin: [0, 6, 0, 0] } as Content] : []),
  ];
  return officialDocument({
    title: `${data.title}${period ? `, ${period}` : ''}`,
    author: data.authority.institution ?? data.authority.name,
    subject: data.title,
    date: data.printedOn,
    orientation: 'landscape',
    content,
  });
};
