import type { Ground } from '../service-definition';

// Electronic channels: the portal form and e-signature grounds apply to them only.
export const PORTAL_CHANNELS = ['EPGU', 'RPGU'] as const;
const PORTAL = [...PORTAL_CHANNELS];
// 2.2: an MFC may never refuse to accept; the body refuses (App 13) for applications filed with it or delivered to it
const BODY_AND_PORTAL = ['IN_PERSON_BODY', ...PORTAL];

// Spec §5. Codes are the spec's; clauses are the regulation's.
export const CAPITAL_REPAIR_GROUNDS: Ground[] = [
  // §5.1 refusal to accept documents (3.2.1.4), App 13; I-33: only defects that cannot be fixed at the counter
  { code: 'REJ-01', kind: 'refuse_accept', title: 'Тексты документов написаны неразборчиво, имеют подчистки, приписки, зачеркнутые слова и иные неоговоренные исправления', clause: 'п. 3.2.1.4', channels: BODY_AND_PORTAL },
  { code: 'REJ-02', kind: 'refuse_accept', title: 'Документы исполнены цветными чернилами (кроме синих или черных) либо карандашом', clause: 'п. 3.2.1.4', channels: BODY_AND_PORTAL },
  { code: 'REJ-03', kind: 'refuse_accept', title: 'Документы имеют повреждения, наличие которых не позволяет в полном объеме использовать содержащуюся в них информацию', clause: 'п. 3.2.1.4', channels: BODY_AND_PORTAL },
  { code: 'REJ-04', kind: 'refuse_accept', title: 'Фамилия, имя, отчество заявителя написаны не полностью', clause: 'п. 3.2.1.4', channels: BODY_AND_PORTAL },
  { code: 'REJ-05', kind: 'refuse_accept', title: 'Документы утратили силу', clause: 'п. 3.2.1.4', channels: BODY_AND_PORTAL },
  { code: 'REJ-06', kind: 'refuse_accept', title: 'В документах отсутствуют обязательные реквизиты (наименование и адрес организации, подпись, печать, дата выдачи, номер и серия, срок действия)', clause: 'п. 3.2.1.4', channels: BODY_AND_PORTAL },
  { code: 'REJ-07', kind: 'refuse_accept', title: 'Электронные копии (электронные образы) документов не поддаются прочтению или не соответствуют требуемому формату', clause: 'п. 3.2.1.4', channels: PORTAL },
  { code: 'REJ-08', kind: 'refuse_accept', title: 'Неполное заполнение полей в форме заявления, в том числе в интерактивной форме заявления на портале', clause: 'п. 3.2.1.4', channels: BODY_AND_PORTAL },
  { code: 'REJ-09', kind: 'refuse_accept', title: 'Противоречивые сведения в документах и интерактивной форме заявления на портале', clause: 'п. 3.2.1.4', channels: PORTAL },
  { code: 'REJ-10', kind: 'refuse_accept', title: 'Заявление и документы подписаны электронной подписью, не принадлежащей заявителю', clause: 'п. 3.2.1.4', channels: PORTAL },
  { code: 'REJ-11', kind: 'refuse_accept', title: 'Документы не подписаны простой электронной подписью либо не соблюдены условия действительности усиленной квалифицированной электронной подписи', clause: 'п. 3.2.1.4', channels: PORTAL },
  { code: 'REJ-12', kind: 'refuse_accept', title: 'Заявление подано в орган (организацию), в полномочия которого не входит предоставление услуги', clause: 'п. 3.2.1.4', channels: BODY_AND_PORTAL },
  { code: 'REJ-13', kind: 'refuse_accept', title: 'Документы по форме или содержанию не соответствуют требованиям законодательства РФ', clause: 'п. 3.2.1.4', channels: BODY_AND_PORTAL },
  {
    code: 'REJ-14',
    kind: 'refuse_accept',
    title: 'Несоблюдение условий признания действительности квалифицированной электронной подписи (п. 9 Правил, утвержденных постановлением Правительства РФ от 25.08.2012 № 852)',
    clause: 'п. 3.2.1.4',
    channels: PORTAL,
  },
  // §5.2 waiting states
  { code: 'SUS-01', kind: 'suspend', title: 'Документы представлены не в полном объеме и (или) оформлены ненадлежащим образом', clause: 'пп. 2.6.1, 2.8.1, 3.2.1.1' },
  { code: 'SUS-02', kind: 'suspend', title: 'Заявление и документы содержат недостоверные и (или) неполные сведения: возврат на доработку', clause: 'пп. 2.4, 2.8.1, 3.2.2' },
  { code: 'SUS-03', kind: 'suspend', title: 'Нет сведений об инвалидности совместно зарегистрированного члена семьи в ЕЦП', clause: 'п. 2.6.2' },
  // I-12, I-41: the portal applicant's wait (DL-07); no other channel has it
  { code: 'SUS-04', kind: 'suspend', title: 'Заявление подано через портал: заявитель представляет документы (оригиналы) в течение 10 рабочих дней', clause: 'пп. 2.14.2, 3.2.1.2', channels: PORTAL },
  // §5.3 extension (2.4), App 8
  { code: 'EXT-01', kind: 'extend', title: 'Необходимость проведения дополнительной проверки (комиссионного обследования) сведений, содержащихся в заявлении и документах', clause: 'пп. 2.4, 3.2.4' },
  { code: 'EXT-02', kind: 'extend', title: 'Неполучение в установленный срок сведений, запрошенных в рамках межведомственного электронного взаимодействия', clause: 'пп. 2.4, 3.2.3' },
  // §5.4 refusal of the service
  { code: 'REF-01', kind: 'refuse', title: 'Представленные документы не подтверждают право на компенсацию', clause: 'п. 3.2.4' },
  { code: 'REF-02', kind: 'refuse', title: 'Заявитель не является собственником жилого помещения', clause: 'п. 3.2.4' },
  { code: 'REF-03', kind: 'refuse', title: 'Отсутствие у заявителя регистрации по месту жительства на территории, обслуживаемой органом соцзащиты', clause: 'п. 3.2.4' },
  { code: 'REF-04', kind: 'refuse', title: 'Отсутствие у заявителя регистрации по месту жительства по адресу, по которому заявлено предоставление компенсации', clause: 'п. 3.2.4' },
  {
    code: 'REF-05',
    kind: 'refuse',
    title: 'Получение заявителем мер социальной поддержки, включающих компенсацию расходов на уплату взноса на капитальный ремонт, в соответствии с федеральным законом, законом другого субъекта РФ или законом Ставропольского края',
    clause: 'п. 3.2.4',
  },
  { code: 'REF-06', kind: 'refuse', title: 'Наличие задолженности по уплате взноса на капитальный ремонт, подтвержденной вступившим в законную силу судебным актом и образовавшейся не более чем за три последних года', clause: 'пп. 2.6.2, 3.2.4' },
  { code: 'REF-07', kind: 'refuse', title: 'Представление неполного комплекта документов, наличие в документах (сведениях) недостоверной информации', clause: 'п. 3.2.4' },
  { code: 'REF-08', kind: 'refuse', title: 'Документ, подтверждающий инвалидность члена семьи, не представлен в течение 20 рабочих дней со дня направления уведомления', clause: 'п. 2.6.2' },
  // I-04: the waiting period is 20 working days (2.6.1); the outcome is a refusal decision (App 4, App 6)
  { code: 'REF-09', kind: 'refuse', title: 'Документы, указанные в уведомлении о недостающих документах, не представлены в установленный срок', clause: 'пп. 2.6.1, 3.2.1.1' },
  { code: 'REF-10', kind: 'refuse', title: 'Заявитель, подавший заявление через портал, не представил документы в течение 10 рабочих дней', clause: 'п. 2.14.2', channels: PORTAL },
  { code: 'REF-11', kind: 'refuse', title: 'Отзыв заявления заявителем', clause: 'пп. 2.3.1, 3.3.1' },
  // §5.5 V4 (3.5.1)
  { code: 'TYPO-REF-01', kind: 'refuse_correction', title: 'Отсутствие опечаток и (или) ошибок в выданном документе', clause: 'п. 3.5.1' },
  { code: 'TYPO-REF-02', kind: 'refuse_correction', title: 'Заявление об исправлении не соответствует установленной форме и (или) содержанию (неполные сведения)', clause: 'п. 3.5.1' },
  { code: 'TYPO-REF-03', kind: 'refuse_correction', title: 'Отсутствие одного или нескольких необходимых документов (сведений)', clause: 'п. 3.5.1' },
];

export const capitalRepairGround = (code: string): Ground | undefined => CAPITAL_REPAIR_GROUNDS.find((g) => g.code === code);

// §3.2, 3.2.1.1, I-34: a repeat application while a registered one is pending is not considered — no ground of any
// GroundKind, no decision document; the definition's duplicates policy ('refuse') names it
export const CAPITAL_REPAIR_NOT_CONSIDERED = {
  code: 'NC-01',
  title: 'При наличии зарегистрированного заявления повторно поданное тем же заявителем заявление не рассматривается',
  clause: 'п. 3.2.1.1; I-34',
} as const;

// §5.6, I-28: the text has no grounds to suspend or stop payments; these are the events a recipient reports in writing
// within 10 working days (DL-36, 2.6.1, App 1; App 5 prints "2 weeks", I-18). Each opens a review task for the clerk,
// never an automatic stop. Reaching 80 is not reported: the system detects it (I-19).
export const CAPITAL_REPAIR_CHANGE_EVENTS = [
  { code: 'CHG-01', title: 'Прекращение права собственности на жилое помещение' },
  { code: 'CHG-02', title: 'Трудоустройство гражданина или членов его семьи' },
  { code: 'CHG-03', title: 'Изменение состава семьи' },
  { code: 'CHG-04', title: 'Изменение общей площади жилого помещения, приходящейся на долю гражданина в праве собственности' },
  { code: 'CHG-05', title: 'Изменение основания для получения компенсации (за исключением достижения возраста 80 лет)' },
  { code: 'CHG-06', title: 'Обнаружение недостоверности представленных ранее документов' },
  { code: 'CHG-07', title: 'Иные обстоятельства, влияющие на размер и условия предоставления компенсации' },
] as const;
export type CapitalRepairChangeCode = (typeof CAPITAL_REPAIR_CHANGE_EVENTS)[number]['code'];

// DL-36: the recipient's term to report a change, from the day of the event
export const CAPITAL_REPAIR_CHANGE_REPORT = { workingDays: 10, clause: 'п. 2.6.1; прил. 1; I-18; I-28' } as const;
