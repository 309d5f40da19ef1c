import type { LocalDate } from '@casework/domain';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { numberInWords, pluralRu } from './amount-in-words';
import { formatDate } from './format-date';
import { fullNameIn, sexOf, shortName, type PersonName } from './inflect';
import { authorityHeading, bold, officialDocument, runs, signatureRow, type Authority, type Official } from './layout';

export type ReceiptItem = {
  title: string;
  form?: 'original' | 'copy';
  copies?: number;
  sheets?: number;
};

// Расписка-уведомление for an in-person application (cl. 43(3) of the housing-utilities regulation):
// the documents accepted and their number, the registration number, the accepting official's surname and signature.
export type ReceiptData = {
  authority: Authority;
  registrationNumber: string;
  registrationDate: LocalDate;
  applicant: PersonName;
  // filed by a representative on the applicant's behalf
  representative?: PersonName;
  // the service's official title, printed in «»
  serviceTitle: string;
  documents: ReceiptItem[];
  // data the authority will request itself (межведомственный запрос), if any
  interagencyData?: string[];
  acceptedBy: Official;
  // the decision term (T20), when the due date is already known
  decisionDue?: { date: LocalDate; basis?: string };
  draft?: boolean;
};

const FORM_TITLE: Record<NonNullable<ReceiptItem['form']>, string> = { original: 'подлинник', copy: 'копия' };

const documentsTable = (items: ReceiptItem[]): Content => {
  const header: TableCell[] = ['№ п/п', 'Наименование документа', 'Подлинник / копия', 'Кол-во экз.', 'Кол-во листов'].map((text) => ({
    text,
    style: 'tableHeader',
  }));
  const rows: TableCell[][] = items.map((item, i) => [
    { text: String(i + 1), style: 'tableCell', alignment: 'center' },
    { text: item.title, style: 'tableCell' },
    { text: item.form ? FORM_TITLE[item.form] : '', style: 'tableCell', alignment: 'center' },
    { text: item.copies === undefined ? '' : String(item.copies), style: 'tableCell', alignment: 'center' },
    { text: item.sheets === undefined ? '' : String(item.sheets), style: 'tableCell', alignment: 'center' },
  ]);
  return {
    table: { headerRows: 1, widths: [30, '*', 62, 45, 45], body: [header, ...rows], dontBreakRows: true },
    margin: [0, 4, 0, 8],
  };
};

const totalLine = (items: ReceiptItem[]): string => {
  const n = items.length;
  const sheets = items.every((item) => item.sheets !== undefined) ? items.reduce((sum, item) => sum + (item.sheets ?? 0), 0) : undefined;
  const count = `Количество принятых документов: ${n} (${numberInWords(n)}) ${pluralRu(n, ['документ', 'документа', 'документов'])}`;
  return sheets === undefined ? `${count}.` : `${count}, всего листов: ${sheets}.`;
};

const receivedBy = (person: PersonName): string => {
  const sex = sexOf(person);
  return sex === 'female' ? 'Расписку получила' : sex === 'male' ? 'Расписку получил' : 'Расписку получил(а)';
};

export const receiptDocument = (data: ReceiptData): TDocumentDefinitions => {
  const applicantGenitive = fullNameIn({ ...data.applicant, gcase: 'genitive' });
  const byRepresentative = data.representative
    ? `, поданные представителем заявителя ${fullNameIn({ ...data.representative, gcase: 'instrumental' })},`
    : '';
  const registered = `${formatDate(data.registrationDate)} за № ${data.registrationNumber}`;
  const recipient = data.representative ?? data.applicant;

  const content: Content[] = [
    ...authorityHeading(data.authority),
    { text: 'РАСПИСКА-УВЕДОМЛЕНИЕ', style: 'title' },
    { text: 'о приёме и регистрации заявления и документов', style: 'subtitle', margin: [0, 2, 0, 14] },
    {
      text: runs(
        `Заявление о предоставлении государственной (муниципальной) услуги «${data.serviceTitle}» и документы от `,
        bold(applicantGenitive),
        byRepresentative,
        ' приняты и зарегистрированы ',
        bold(registered),
        '.',
      ),
      style: 'paragraph',
    },
    { text: 'Перечень принятых документов:', style: 'label', margin: [0, 4, 0, 0] },
    documentsTable(data.documents),
    { text: totalLine(data.documents), style: 'item' },
  ];

  if (data.interagencyData?.length) {
    content.push(
      { text: 'Сведения, которые будут запрошены в порядке межведомственного информационного взаимодействия:', style: 'item', margin: [0, 6, 0, 2] },
      { ul: data.interagencyData.map((text) => ({ text, style: 'item' })), margin: [10, 0, 0, 4] },
    );
  }

  if (data.decisionDue) {
    const basis = data.decisionDue.basis ? ` (${data.decisionDue.basis})` : '';
    content.push({
      text: runs('Решение будет принято не позднее ', bold(formatDate(data.decisionDue.date)), `${basis}.`),
      style: 'item',
      margin: [0, 6, 0, 0],
    });
  }

  content.push({
    unbreakable: true,
    stack: [
      { text: 'Документы принял:', style: 'label', margin: [0, 18, 0, 4] },
      // cl. 43(3): the surname and signature of the official who accepted the documents
      signatureRow(data.acceptedBy.position, shortName(data.acceptedBy.name)),
      { text: formatDate(data.registrationDate), margin: [0, 2, 0, 0] },
      { text: ' ', margin: [0, 8, 0, 0] },
      signatureRow(`${receivedBy(recipient)}:`, shortName(recipient)),
    ],
  });

  return officialDocument({
    title: `Расписка-уведомление о приёме заявления № ${data.registrationNumber} от ${formatDate(data.registrationDate)}`,
    author: data.authority.institution ?? data.authority.name,
    subject: data.serviceTitle,
    date: data.registrationDate,
    draft: data.draft,
    content,
  });
};
