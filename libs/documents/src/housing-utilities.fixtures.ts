import type { DecisionData } from './decision';
import type { Authority } from './layout';
import type { ReceiptData } from './receipt';

// Sample data for tests and previews of the housing-utilities documents; the people are invented.

export const SERVICE_TITLE = 'Предоставление отдельным категориям граждан компенсаций расходов на оплату жилого помещения и коммунальных услуг';

export const SOSVA_AUTHORITY: Authority = {
  name: 'Администрация Сосьвинского городского округа',
  institution: 'МКУ «Центр предоставления субсидий и компенсаций Сосьвинского городского округа»',
  address: '624971, Свердловская область, п.г.т. Сосьва, ул. Ленина, 2а; e-mail: lgotasosva@mail.ru',
  place: 'п.г.т. Сосьва',
};

export const sampleReceipt: ReceiptData = {
  authority: SOSVA_AUTHORITY,
  registrationNumber: 'ЖКУ-2025-000123',
  registrationDate: '2025-09-26',
  applicant: { lastName: 'Иванов', firstName: 'Иван', middleName: 'Иванович' },
  serviceTitle: SERVICE_TITLE,
  documents: [
    { title: 'Заявление о назначении компенсации расходов на оплату жилого помещения и коммунальных услуг', form: 'original', copies: 1, sheets: 2 },
    { title: 'Паспорт гражданина Российской Федерации', form: 'copy', copies: 1, sheets: 2 },
    { title: 'Справка, подтверждающая факт установления инвалидности', form: 'copy', copies: 1, sheets: 1 },
  ],
  interagencyData: [
    'о праве на меру социальной поддержки по оплате жилого помещения и коммунальных услуг (УСП, Росреестр)',
    'о лицах, зарегистрированных совместно с заявителем',
    'о начисленных и оплаченных суммах за жилое помещение и коммунальные услуги за август 2025 г.',
  ],
  acceptedBy: { position: 'Специалист МКУ «Центр предоставления субсидий и компенсаций»', name: { lastName: 'Петрова', firstName: 'Анна', middleName: 'Сергеевна' } },
  decisionDue: { date: '2025-10-10', basis: '10 рабочих дней со дня принятия заявления, п. 14 регламента' },
};

const signatures = {
  checkedBy: {
    official: {
      position: 'Заместитель главы администрации Сосьвинского городского округа по экономике, финансам и социальным вопросам',
      name: { lastName: 'Кузнецова', firstName: 'Марина', middleName: 'Викторовна' },
    },
    date: '2025-10-08',
  },
  approvedBy: {
    official: { position: 'Глава Сосьвинского городского округа', name: { lastName: 'Смирнов', firstName: 'Геннадий', middleName: 'Николаевич' } },
    date: '2025-10-09',
  },
  draftedBy: { position: 'специалист МКУ', name: { lastName: 'Петрова', firstName: 'Анна', middleName: 'Сергеевна' } },
} satisfies Pick<DecisionData, 'checkedBy' | 'approvedBy' | 'draftedBy'>;

const LEGAL_BASIS = [
  'Федеральным законом от 06.10.2003 № 131-ФЗ «Об общих принципах организации местного самоуправления в Российской Федерации»',
  'Федеральным законом от 27.07.2010 № 210-ФЗ «Об организации предоставления государственных и муниципальных услуг»',
  'административным регламентом предоставления государственной услуги «Предоставление отдельным категориям граждан компенсаций расходов на оплату жилого помещения и коммунальных услуг»',
];

export const sampleGrantDecision: DecisionData = {
  authority: SOSVA_AUTHORITY,
  number: '45',
  date: '2025-10-09',
  application: { registrationNumber: 'ЖКУ-2025-000123', date: '2025-09-26' },
  applicant: {
    lastName: 'Иванов',
    firstName: 'Иван',
    middleName: 'Иванович',
    snils: '11223344595',
    birthDate: '1962-03-20',
    address: '624971, Свердловская область, п.г.т. Сосьва, ул. Толмачёва, д. 12, кв. 3',
  },
  categories: [{ code: 'C10_DISABLED', title: 'инвалиды', clause: '3(10)' }],
  legalBasis: LEGAL_BASIS,
  outcome: 'grant',
  paymentStart: '2025-10-01',
  paymentMethod: { kind: 'unified_social_card', details: 'ПАО Сбербанк, счёт № 40817810•••••••1234' },
  amount: { kopecks: 123456, per: 'в месяц' },
  ...signatures,
};

export const sampleRefusalDecision: DecisionData = {
  authority: SOSVA_AUTHORITY,
  number: '46',
  date: '2025-10-09',
  application: { registrationNumber: 'ЖКУ-2025-000124', date: '2025-09-29' },
  applicant: {
    lastName: 'Иванова',
    firstName: 'Мария',
    middleName: 'Петровна',
    snils: '112-233-445 95',
    address: '624971, Свердловская область, п.г.т. Сосьва, ул. Ленина, д. 5',
  },
  categories: [{ code: 'C30_LABOUR_VETERAN', title: 'ветераны труда и граждане, приравненные к ним по состоянию на 31.12.2004', clause: '3(30)' }],
  legalBasis: LEGAL_BASIS,
  outcome: 'refuse',
  grounds: [
    {
      code: 'REF_03',
      title: 'наличие у заявителя задолженности по оплате жилого помещения и коммунальных услуг при отсутствии соглашения по её погашению либо невыполнение заявителем условий такого соглашения',
      clause: '21',
    },
  ],
  explanation: [
    { rule: 'Категория получателя', clause: '3(30)', result: 'ветеран труда, возраст 55 лет достигнут' },
    { rule: 'Задолженность по оплате ЖКУ', clause: '21', result: 'задолженность 15 230,00 руб., соглашения о погашении нет' },
  ],
  ...signatures,
};
