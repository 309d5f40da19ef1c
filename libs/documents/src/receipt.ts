import type { LocalDate } from '@casework/domain';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { numberInWords, pluralRu } from './amount-in-words';
import { formatDate } from './format-date';
import { fullNameIn, sexOf, shortName, type PersonName } from './inflect';
import { authorityHeading, bold, cutLine, officialDocument, runs, signatureDate, signatureRow, BLANK, type Authority, type Official } from './layout';

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
  // the form's own name of the application, as it continues «Заявление …»: «о назначении компенсации … и способе ее
  // доставки» (capital-repair App 1, tear-off «Расписка-уведомление о приеме документов»); then the receipt reads
  // «Заявление … и документы гр. … приняты … и зарегистрированы …» as the form does
  applicationTitle?: string;
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

  const accepted: Content = data.applicationTitle
    ? {
        text: runs(`Заявление ${data.applicationTitle.trim()} и документы гр. `, bold(applicantGenitive), byRepresentative, ' приняты и зарегистрированы ', bold(registered), '.'),
        style: 'paragraph',
      }
    : {
        text: runs(
          `Заявление о предоставлении государственной (муниципальной) услуги «${data.serviceTitle}» и документы от `,
          bold(applicantGenitive),
          byRepresentative,
          ' приняты и зарегистрированы ',
          bold(registered),
          '.',
        ),
        style: 'paragraph',
      };
  const content: Content[] = [
    ...authorityHeading(data.authority),
    { text: 'РАСПИСКА-УВЕДОМЛЕНИЕ', style: 'title' },
    { text: data.applicationTitle ? 'о приёме документов' : 'о приёме и регистрации заявления и документов', style: 'subtitle', margin: [0, 2, 0, 14] },
    accepted,
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

// The acceptance of an application as the capital-repair forms record it (App 1, 9, 10, 11).
export type Acceptance = { acceptedOn: LocalDate; registrationNumber?: string; acceptedBy: Official };

export type AcceptanceNote = {
  // App 1: «Заявление и документы гр. … приняты»; App 9–11: «Заявление гр. … принято»
  withDocuments: boolean;
  applicant: PersonName;
  // App 1 names the citizen in full, App 9–11 by surname and initials
  fullName?: boolean;
  // none: the form is printed before it is accepted, with blanks to fill in by hand
  acceptance?: Acceptance;
};

// «Заявление гр. Соколовой А.В. принято 07.03.2025 и зарегистрировано № КР-2025-000333» and the specialist's
// surname, initials and signature. The forms print «приняты … зарегистрированы» for one application as well; the verbs
// agree with the subject here.
export const acceptanceNote = (note: AcceptanceNote): Content => {
  const who = note.fullName ? fullNameIn({ ...note.applicant, gcase: 'genitive' }) : shortName(note.applicant, 'genitive');
  const [accepted, registered] = note.withDocuments ? ['приняты', 'зарегистрированы'] : ['принято', 'зарегистрировано'];
  const acceptance = note.acceptance;
  return {
    unbreakable: true,
    stack: [
      {
        text: runs(
          `${note.withDocuments ? 'Заявление и документы' : 'Заявление'} гр. `,
          bold(who),
          ` ${accepted} `,
          acceptance ? bold(formatDate(acceptance.acceptedOn)) : { text: signatureDate(undefined), noWrap: true },
          ` и ${registered} № `,
          acceptance?.registrationNumber ? bold(acceptance.registrationNumber) : BLANK,
        ),
        style: 'item',
      },
      signatureRow(
        acceptance ? acceptance.acceptedBy.position : '(фамилия, инициалы и подпись специалиста, принявшего документы)',
        acceptance ? shortName(acceptance.acceptedBy.name) : BLANK,
      ),
    ],
    margin: [0, 4, 0, 0],
  };
};

// The tear-off part of a form: the cut line, «Расписка-уведомление о приеме …» and the acceptance.
export const tearOffReceipt = (title: string, note: AcceptanceNote, cutCaption = 'линия отреза'): Content => ({
  unbreakable: true,
  stack: [cutLine(cutCaption), { text: title, bold: true, alignment: 'center', margin: [0, 0, 0, 2] }, acceptanceNote(note)],
});
