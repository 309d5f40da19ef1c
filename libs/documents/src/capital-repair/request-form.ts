import type { LocalDate } from '@casework/domain';
import type { Content } from 'pdfmake/interfaces';
import { formatDate } from '../format-date';
import { shortName, type PersonName } from '../inflect';
import { checkBox, fieldTable, formatSnils, orBlank, signatureDate, type Authority } from '../layout';
import { acceptanceNote, tearOffReceipt, type Acceptance, type AcceptanceNote } from '../receipt';
import { DELIVERY_CHOICES, type ResultDelivery } from './texts';

// The parts the applicant's forms share (App 1, 9, 10, 11): the addressee, the table of the applicant's data,
// the delivery check boxes, the applicant's signature.

export type Passport = { series?: string; number?: string; issuedOn?: LocalDate; issuedBy?: string };

export type FormApplicant = PersonName & {
  snils?: string;
  passport?: Passport;
  // «Адрес места жительства»
  address?: string;
};

// «серия 07 12 № 345678, выдан 12.05.2015 ГУ МВД России по Ставропольскому краю»
export const passportText = (passport: Passport | undefined): string | undefined => {
  if (!passport) return undefined;
  const parts = [
    passport.series ? `серия ${passport.series}` : undefined,
    passport.number ? `№ ${passport.number}` : undefined,
    passport.issuedOn ? `выдан ${formatDate(passport.issuedOn)}` : undefined,
    passport.issuedBy?.trim(),
  ].filter((part): part is string => Boolean(part));
  return parts.length ? parts.join(', ') : undefined;
};

// «В Управление труда … (наименование органа соцзащиты)» in the top right corner
export const addresseeBlock = (authority: Authority): Content => ({
  columns: [
    { width: '*', text: '' },
    {
      width: 250,
      stack: [
        { text: `В ${authority.name}` },
        ...(authority.institution ? [{ text: authority.institution, margin: [0, 2, 0, 0] } as Content] : []),
        { text: '(наименование органа соцзащиты)', style: 'caption', alignment: 'left', margin: [0, 1, 0, 0] },
      ],
    },
  ],
  margin: [0, 0, 0, 10],
});

// App 9–11: Фамилия, Имя, Отчество (при наличии), СНИЛС, Паспортные данные, Адрес места жительства.
// App 9 heads the passport row «серия, дата выдачи, выдавший орган» without the number (spec §11.2); the number is
// printed in it as App 10 and App 11 have it.
export const applicantTable = (applicant: FormApplicant): Content =>
  fieldTable([
    ['Фамилия', applicant.lastName],
    ['Имя', applicant.firstName],
    ['Отчество (при наличии)', applicant.middleName],
    ['СНИЛС', applicant.snils ? formatSnils(applicant.snils) : undefined],
    ['Паспортные данные (серия, номер, дата выдачи, выдавший орган)', passportText(applicant.passport)],
    ['Адрес места жительства', applicant.address],
  ]);

export type FormDelivery = { method: ResultDelivery; email?: string };

// App 9, 11: «выдать (направить) следующим способом:» and the six options, the chosen one ticked
export const deliveryChoices = (delivery: FormDelivery): Content[] => {
  if (delivery.method === 'EMAIL' && !delivery.email?.trim()) throw new RangeError('delivery by e-mail needs the address');
  return DELIVERY_CHOICES.map(([method, label], i) => {
    const email = method === 'EMAIL' ? ` ${delivery.method === 'EMAIL' ? (delivery.email ?? '').trim() : '____________________'}` : '';
    return checkBox(method === delivery.method, `${label}${email}${i < DELIVERY_CHOICES.length - 1 ? ';' : '.'}`);
  });
};

const signatureLine: Content = { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 110, y2: 0, lineWidth: 0.5 }] };

// «04.03.2025  ________ (подпись заявителя)  Соколова А.В. (расшифровка подписи)»
export const applicantSignature = (applicant: PersonName, signedOn: LocalDate | undefined): Content => ({
  unbreakable: true,
  columns: [
    { width: 150, stack: [{ text: signatureDate(signedOn) }, { text: '(дата)', style: 'caption', alignment: 'left' }] },
    { width: 120, stack: [{ text: ' ' }, signatureLine, { text: '(подпись заявителя)', style: 'caption' }] },
    { width: '*', stack: [{ text: orBlank(shortName(applicant)) }, { text: '(расшифровка подписи)', style: 'caption', alignment: 'left' }] },
  ],
  columnGap: 10,
  margin: [0, 10, 0, 2],
});

// The end of App 9, 10 and 11: the applicant's signature, the «accepted by» block and the tear-off receipt, and the day
// the form is dated (accepted, else signed).
export type RequestFormFiling = { applicant: FormApplicant; signedOn?: LocalDate; acceptance?: Acceptance };

export const requestFormEnd = (data: RequestFormFiling): { content: Content[]; dated: LocalDate } => {
  const note: AcceptanceNote = { withDocuments: false, applicant: data.applicant, ...(data.acceptance ? { acceptance: data.acceptance } : {}) };
  const dated = data.acceptance?.acceptedOn ?? data.signedOn;
  if (!dated) throw new RangeError('the application needs the day it is signed or accepted');
  return { content: [applicantSignature(data.applicant, data.signedOn), acceptanceNote(note), tearOffReceipt('Расписка-уведомление о приёме заявления', note)], dated };
};
