import type { LocalDate } from '@casework/domain';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { kopecksInFigures, numberInWords, pluralRu, rublesInFiguresAndWords } from './amount-in-words';
import { formatDate, formatMonthYear } from './format-date';
import { fullName, type PersonName } from './inflect';
import {
  agreementAndApprovalStamps,
  authorityHeading,
  formatSnils,
  labelledSignatures,
  officialDocument,
  stampBlock,
  type Authority,
  type LabelledSignature,
  type Signature,
} from './layout';

// The payment documents: the list of recipients of capital-repair 3.2.6 (approved by the head's signature and the
// coat-of-arms seal) and the register of compensations of housing-utilities cl. 67 (agreed by the deputy head,
// approved by the head). One line a recipient: where the money goes (account or post office) and how much.

export type PaymentListLine = {
  recipient: PersonName;
  snils?: string;
  // the recipient's account in the credit organisation, or the post office that pays out
  account?: string;
  postOffice?: string;
  address?: string;
  amountKopecks: number;
};

type PaymentListBase = {
  authority: Authority;
  number: string;
  date: LocalDate;
  // the month paid, YYYY-MM
  month: string;
  // the credit organisation or post the list goes to: «ПАО Сбербанк, БИК 040702615»
  payee: string;
  lines: PaymentListLine[];
  approvedBy: Signature;
  draft?: boolean;
};

// Список получателей компенсации (capital-repair 3.2.6)
export type RecipientListData = PaymentListBase & {
  // the official responsible for the payment documents, and the chief accountant
  compiledBy: Signature;
  chiefAccountant: Signature;
};

// Реестр предоставления компенсаций расходов (housing-utilities cl. 35(4), 67)
export type CompensationRegisterData = PaymentListBase & {
  // the deputy head for economy, finance and social issues
  agreedBy: Signature;
  compiledBy?: Signature;
};

const RECIPIENTS = ['получатель', 'получателя', 'получателей'] as const;

const validate = (data: PaymentListBase): number => {
  if (data.lines.length === 0) throw new RangeError('a payment list needs at least one line');
  formatMonthYear(data.month);
  for (const [i, line] of data.lines.entries()) {
    if (!Number.isSafeInteger(line.amountKopecks) || line.amountKopecks <= 0) throw new RangeError(`line ${i + 1}: the amount must be a positive number of kopecks, got ${line.amountKopecks}`);
    if (!line.account?.trim() && !line.postOffice?.trim()) throw new RangeError(`line ${i + 1}: the account or the post office is needed`);
  }
  const total = data.lines.reduce((sum, line) => sum + line.amountKopecks, 0);
  if (!Number.isSafeInteger(total)) throw new RangeError('the total is too large to add up exactly');
  return total;
};

const linesTable = (lines: PaymentListLine[], total: number): Content => {
  const header: TableCell[] = ['№ п/п', 'Ф.И.О. получателя', 'СНИЛС', 'Номер счета / отделение почтовой связи', 'Сумма, руб.'].map((text) => ({ text, style: 'tableHeader' }));
  const rows: TableCell[][] = lines.map((line, i) => [
    { text: String(i + 1), style: 'tableCell', alignment: 'center' },
    { stack: [{ text: fullName(line.recipient) }, ...(line.address ? [{ text: line.address, fontSize: 8, color: '#333333' }] : [])], style: 'tableCell' },
    { text: line.snils ? formatSnils(line.snils) : '', style: 'tableCell', alignment: 'center' },
    { text: line.account?.trim() ? line.account.replace(/\s/g, '') : `ОПС ${line.postOffice?.trim() ?? ''}`, style: 'tableCell' },
    { text: kopecksInFigures(line.amountKopecks), style: 'tableCell', alignment: 'right' },
  ]);
  const totalRow: TableCell[] = [{ text: 'Итого', style: 'tableCell', bold: true, colSpan: 4 }, {}, {}, {}, { text: kopecksInFigures(total), style: 'tableCell', bold: true, alignment: 'right' }];
  return { table: { headerRows: 1, widths: [28, '*', 72, 125, 70], body: [header, ...rows, totalRow], dontBreakRows: true }, margin: [0, 6, 0, 6] };
};

// «Итого: 3 (три) получателя на сумму 1 234,56 руб. (…)»
const totalLine = (count: number, total: number): Content => ({
  text: `Итого: ${count} (${numberInWords(count)}) ${pluralRu(count, RECIPIENTS)} на сумму ${rublesInFiguresAndWords(total)}.`,
  style: 'item',
  margin: [0, 0, 0, 6],
});

const listDocument = (data: PaymentListBase, heading: { title: string; subtitle: string; stamps: Content; signatures: LabelledSignature[] }, total: number): TDocumentDefinitions => {
  const content: Content[] = [
    heading.stamps,
    ...authorityHeading(data.authority),
    { text: `${heading.title} № ${data.number} от ${formatDate(data.date)}`, style: 'title' },
    { text: `${heading.subtitle} за ${formatMonthYear(data.month)}`, style: 'subtitle', margin: [0, 2, 0, 6] },
    { text: `Получатель платежа: ${data.payee.trim()}`, style: 'item' },
    linesTable(data.lines, total),
    totalLine(data.lines.length, total),
    ...(heading.signatures.length ? [labelledSignatures(heading.signatures)] : []),
  ];
  return officialDocument({
    title: `${heading.title.charAt(0)}${heading.title.slice(1).toLowerCase()} № ${data.number} от ${formatDate(data.date)} ${heading.subtitle} за ${formatMonthYear(data.month)}`,
    author: data.authority.institution ?? data.authority.name,
    subject: heading.subtitle,
    date: data.date,
    draft: data.draft,
    content,
  });
};

export const recipientListDocument = (data: RecipientListData): TDocumentDefinitions => {
  const total = validate(data);
  return listDocument(
    data,
    {
      title: 'СПИСОК ПОЛУЧАТЕЛЕЙ',
      subtitle: 'компенсации расходов на уплату взноса на капитальный ремонт общего имущества в многоквартирном доме',
      // 3.2.6: approved by the head's signature and the coat-of-arms seal
      stamps: { columns: [{ width: '*', text: '' }, { width: 230, ...stampBlock('УТВЕРЖДАЮ', data.approvedBy, true) }], margin: [0, 0, 0, 10] },
      signatures: [
        { label: 'Ответственный за формирование выплатных документов', signature: data.compiledBy },
        { label: 'Главный бухгалтер', signature: data.chiefAccountant },
      ],
    },
    total,
  );
};

export const compensationRegisterDocument = (data: CompensationRegisterData): TDocumentDefinitions => {
  const total = validate(data);
  return listDocument(
    data,
    {
      title: 'РЕЕСТР',
      subtitle: 'предоставления компенсаций расходов на оплату жилого помещения и коммунальных услуг',
      // cl. 67: agreed with the deputy head, approved by the head
      stamps: agreementAndApprovalStamps(data.agreedBy, data.approvedBy),
      signatures: data.compiledBy ? [{ label: 'Исполнитель', signature: data.compiledBy }] : [],
    },
    total,
  );
};
