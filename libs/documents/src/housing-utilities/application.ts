import type { LocalDate } from '@casework/domain';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { codeLine, type CodeRef } from '../decision';
import { formatDate } from '../format-date';
import { fullName, fullNameIn, shortName, type PersonName } from '../inflect';
import { BLANK, bold, checkBox, fieldTable, formatSnils, officialDocument, runs, signatureDate, signatureRow, type Authority, type Official, type Run, type Signature } from '../layout';
import type { PaymentDetails } from '../notices/payment-details-change';

// Заявление о назначении компенсации расходов на оплату жилого помещения и коммунальных услуг (housing-utilities).
// The regulation annexes no form (spec §11): the text prescribes the payment method (cl. 13, 65(2)), the
// representative block and the official's confirmation of the passport data (cl. 41(1), 85(1)); the rest is
// [recommended] content: the applicant, the categories claimed (cl. 3), the place and heating facts the
// interagency requests depend on (cl. 18), the result delivery, the attachments and the declarations.

export type HousingApplicant = PersonName & {
  birthDate?: LocalDate;
  snils?: string;
  // cl. 3, 16
  status?: 'citizen' | 'foreigner' | 'stateless';
  // name and details: «паспорт гражданина РФ 6504 123456, выдан 12.05.2015 …» (cl. 16)
  identityDocument: string;
  address: string;
  // A22: an application at the place of stay is accepted (D7, REF_04)
  place: 'residence' | 'stay';
  phone?: string;
  email?: string;
};

// cl. 41(1), 85(1): surname, name, patronymic, postal address, identity document, authority document
export type HousingRepresentative = PersonName & { postalAddress: string; identityDocument: string; authorityDocument: string };

export type HousingResultDelivery = 'paper' | 'electronic' | 'mfc' | 'epgu';

export type HousingApplicationData = {
  authority: Authority;
  applicant: HousingApplicant;
  representative?: HousingRepresentative;
  categories: CodeRef[];
  // cl. 18(5), 49(5): without central heating or gas supply the solid-fuel data are requested
  heating?: { centralHeating: boolean; gasSupply: boolean };
  // cl. 13, 65(2): credit organisation (incl. the Unified social card), post, delivery organisation
  payment: PaymentDetails;
  resultDelivery?: HousingResultDelivery;
  attachments: string[];
  // the day of submission the representative writes (cl. 41(1)); the applicant's signature date
  submittedOn: LocalDate;
  // cl. 41(1), 85(1): the official (or MFC worker) signs that the passport data are entered correctly
  passportCheckedBy?: Signature;
  // [recommended]: the registration in the Journal (cl. 43)
  registration?: { number: string; date: LocalDate; by: Official };
  draft?: boolean;
};

const STATUS: Record<NonNullable<HousingApplicant['status']>, string> = {
  citizen: 'гражданин Российской Федерации',
  foreigner: 'иностранный гражданин',
  stateless: 'лицо без гражданства',
};

const PAYMENT_CHOICES: [PaymentDetails['kind'], string][] = [
  ['bank', 'через кредитную организацию'],
  ['unified_social_card', 'через кредитную организацию на Единую социальную карту'],
  ['post', 'через организацию почтовой связи'],
  ['delivery_organisation', 'через организацию, осуществляющую доставку социальных пособий'],
];

const DELIVERY_CHOICES: [HousingResultDelivery, string][] = [
  ['paper', 'на бумажном носителе лично в Учреждении или почтовым отправлением'],
  ['electronic', 'в форме электронного документа, утверждённого усиленной квалифицированной электронной подписью'],
  ['mfc', 'в многофункциональном центре'],
  ['epgu', 'в личном кабинете на Едином портале государственных и муниципальных услуг'],
];

const paragraph = (...parts: Run[]): Content => ({ text: runs(...parts), style: 'paragraph' });
const label = (text: string): Content => ({ text, style: 'label', margin: [0, 8, 0, 2] });

const requisites = (payment: PaymentDetails): string =>
  [
    payment.organisation?.trim(),
    payment.branch ? `подразделение № ${payment.branch}` : undefined,
    payment.bik ? `БИК ${payment.bik}` : undefined,
    payment.account ? `счёт № ${payment.account.replace(/\s/g, '')}` : undefined,
  ]
    .filter((part): part is string => Boolean(part))
    .join(', ');

const yesNo = (what: string, value: boolean): Content => ({
  columns: [
    { width: 150, text: what, style: 'item' },
    { width: 50, stack: [checkBox(value, 'есть')] },
    { width: '*', stack: [checkBox(!value, 'нет')] },
  ],
});

export const housingApplicationDocument = (data: HousingApplicationData): TDocumentDefinitions => {
  if (data.categories.length === 0) throw new RangeError('the application claims at least one category (cl. 3)');
  const { applicant, payment } = data;
  // cl. 65(2): the requisites the payment is organised by
  if ((payment.kind === 'bank' || payment.kind === 'unified_social_card') && !payment.account) throw new RangeError('payment through a credit organisation needs the account');
  if (payment.kind !== 'bank' && payment.kind !== 'unified_social_card' && !payment.organisation) throw new RangeError('payment by post or a delivery organisation needs its name');
  const addressee = data.authority.institution ?? data.authority.name;

  const content: Content[] = [
    {
      columns: [
        { width: '*', text: '' },
        {
          width: 260,
          stack: [
            { text: `В ${addressee}` },
            { text: runs('от ', bold(fullNameIn({ ...applicant, gcase: 'genitive' }))), margin: [0, 4, 0, 0] },
          ],
        },
      ],
      margin: [0, 0, 0, 14],
    },
    { text: 'ЗАЯВЛЕНИЕ', style: 'title' },
    { text: 'о назначении компенсации расходов на оплату жилого помещения и коммунальных услуг', style: 'subtitle', margin: [0, 2, 0, 10] },
    label('Сведения о заявителе'),
    fieldTable([
      ['Фамилия, имя, отчество (при наличии)', fullName(applicant)],
      ['Дата рождения', applicant.birthDate ? formatDate(applicant.birthDate) : undefined],
      ['СНИЛС', applicant.snils ? formatSnils(applicant.snils) : undefined],
      ['Гражданство', applicant.status ? STATUS[applicant.status] : undefined],
      // cl. 16: foreigners and stateless persons present a temporary residence permit or a residence permit
      ['Документ, удостоверяющий личность (наименование, реквизиты)', applicant.identityDocument],
      [applicant.place === 'stay' ? 'Адрес места пребывания' : 'Адрес места жительства', applicant.address],
      ['Контактный телефон', applicant.phone],
      ['Адрес электронной почты', applicant.email],
    ]),
    paragraph(`Прошу назначить мне компенсацию расходов на оплату жилого помещения и коммунальных услуг как ${data.categories.length > 1 ? 'лицу, относящемуся к категориям' : 'лицу, относящемуся к категории'}:`),
    ...data.categories.map((category, i): Content => ({ text: `– ${codeLine(category)}${i < data.categories.length - 1 ? ';' : '.'}`, style: 'paragraph' })),
    label('Заявление подаётся:'),
    { columns: [{ width: 170, stack: [checkBox(applicant.place === 'residence', 'по месту жительства')] }, { width: '*', stack: [checkBox(applicant.place === 'stay', 'по месту пребывания')] }] },
    ...(data.heating ? [label('Сведения о жилом помещении:'), yesNo('центральное отопление', data.heating.centralHeating), yesNo('газоснабжение', data.heating.gasSupply)] : []),
    label('Выплату компенсации прошу производить (п. 13, подп. 2 п. 65 регламента):'),
    ...PAYMENT_CHOICES.map(([kind, text], i) =>
      checkBox(kind === payment.kind, text, kind === payment.kind && requisites(payment) ? `: ${requisites(payment)}` : '', i < PAYMENT_CHOICES.length - 1 ? ';' : '.'),
    ),
    ...(data.resultDelivery
      ? [label('Результат предоставления услуги прошу выдать (направить):'), ...DELIVERY_CHOICES.map(([kind, text], i) => checkBox(kind === data.resultDelivery, text, i < DELIVERY_CHOICES.length - 1 ? ';' : '.'))]
      : []),
    label('К заявлению прилагаю:'),
    ...(data.attachments.length
      ? data.attachments.map((title, i): Content => ({ text: `${i + 1}. ${title.trim()}${i < data.attachments.length - 1 ? ';' : '.'}`, style: 'item' }))
      : [{ text: BLANK, style: 'item' } as Content]),
    paragraph('Сведения, указанные в заявлении, достоверны и полны. Согласие на обработку моих персональных данных в целях предоставления услуги даю.'),
    {
      unbreakable: true,
      stack: [signatureRow(`Заявитель ${signatureDate(data.submittedOn)}`, shortName(applicant))],
      margin: [0, 10, 0, 0],
    },
  ];

  if (data.representative) {
    const r = data.representative;
    content.push({
      unbreakable: true,
      stack: [
        label('Сведения о представителе заявителя (подп. 1 п. 41 регламента)'),
        fieldTable([
          ['Фамилия, имя, отчество (при наличии)', fullName(r)],
          ['Почтовый адрес места жительства (пребывания, фактического проживания)', r.postalAddress],
          ['Наименование и реквизиты документа, удостоверяющего личность', r.identityDocument],
          ['Реквизиты документа, подтверждающего полномочия', r.authorityDocument],
        ]),
        signatureRow(`Представитель заявителя, дата подачи заявления ${formatDate(data.submittedOn)}`, shortName(r)),
      ],
    });
  }

  if (data.passportCheckedBy) {
    const c = data.passportCheckedBy;
    content.push({
      unbreakable: true,
      stack: [
        { text: 'Паспортные данные внесены в заявление правильно (подп. 1 п. 41, подп. 1 п. 85 регламента):', style: 'item', margin: [0, 12, 0, 0] },
        signatureRow(c.official.position, shortName(c.official.name)),
        { text: signatureDate(c.date), margin: [0, 2, 0, 0] },
      ],
    });
  }

  if (data.registration) {
    content.push({
      unbreakable: true,
      stack: [
        { text: runs('Заявление зарегистрировано ', bold(`${formatDate(data.registration.date)} № ${data.registration.number}`), '.'), style: 'item' },
        signatureRow(data.registration.by.position, shortName(data.registration.by.name)),
      ],
      margin: [0, 12, 0, 0],
    });
  }

  return officialDocument({
    title: `Заявление о назначении компенсации расходов на оплату жилого помещения и коммунальных услуг${data.registration ? ` № ${data.registration.number}` : ''}`,
    author: addressee,
    subject: 'Заявление о назначении компенсации расходов на оплату жилого помещения и коммунальных услуг',
    date: data.registration?.date ?? data.submittedOn,
    draft: data.draft,
    content,
  });
};
