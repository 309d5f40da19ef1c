import type { ApplicantCategory } from '../service-definition';

// cl. 3(1)–3(53): the 53 applicant categories, codes exactly as in spec §2.3.
export const HOUSING_CATEGORY_CODES = [
  'C01_WAR_DISABLED',
  'C02_DUTY_DISABLED',
  'C03_WWII_PARTICIPANT',
  'C04_WWII_REAR_SERVICE_DISABLED',
  'C05_COMBAT_VETERAN',
  'C06_FORMER_MINOR_PRISONER',
  'C07_BLOCKADE_DISABLED',
  'C08_FAMILY_OF_DECEASED_WAR_VETERAN',
  'C09_FAMILY_OF_DUTY_DEATH',
  'C10_DISABLED',
  'C11_FAMILY_WITH_DISABLED_CHILD',
  'C12_CHERNOBYL_RADIATION_ILLNESS',
  'C13_CHERNOBYL_DISABLED',
  'C14_CHERNOBYL_LIQUIDATOR',
  'C15_CHERNOBYL_EVACUEE',
  'C16_CHERNOBYL_ZONE_SERVICE',
  'C17_CHERNOBYL_LIQUIDATOR_FAMILY',
  'C18_CHERNOBYL_BREADWINNER_LOSS',
  'C19_CHERNOBYL_CHILDREN',
  'C20_MAYAK_DISABLED',
  'C21_MAYAK_RADIATION_ILLNESS',
  'C22_MAYAK_LIQUIDATOR',
  'C23_MAYAK_EVACUEE',
  'C24_MAYAK_BREADWINNER_LOSS',
  'C25_SEMIPALATINSK',
  'C26_SPECIAL_RISK_UNIT',
  'C27_SPECIAL_RISK_BREADWINNER_LOSS',
  'C28_BLOCKADE_NOT_DISABLED',
  'C29_HOME_FRONT_WORKER',
  'C30_LABOUR_VETERAN',
  'C31_ADULT_NAZI_PRISONER',
  'C32_REHABILITATED',
  'C33_EMERGENCY_SERVICE_INJURY',
  'C34_HONORARY_CITIZEN_SO',
  'C35_MERIT_BADGE_I',
  'C36_RURAL_MEDIC',
  'C37_RURAL_MEDIC_RETIREE',
  'C38_RURAL_TEACHER',
  'C39_RURAL_TEACHER_RETIREE',
  'C40_EDU_HEAD',
  'C41_RURAL_EDU_STAFF',
  'C42_RURAL_EDU_HEAD_RETIREE',
  'C43_RURAL_EDU_STAFF_RETIREE',
  'C44_RURAL_EDU_STAFF_RETIREE_AGE',
  'C45_RURAL_CULTURE',
  'C46_RURAL_CULTURE_RETIREE',
  'C47_RURAL_CULTURE_RETIREE_AGE',
  'C48_RURAL_SOCIAL_SERVICE',
  'C49_RURAL_SOCIAL_SERVICE_RETIREE',
  'C50_RURAL_SOCIAL_SERVICE_RETIREE_AGE',
  'C51_RURAL_VETERINARY',
  'C52_RURAL_VETERINARY_RETIREE_AGE',
  'C53_FAMILY_OF_DECEASED_RURAL_WORKER',
] as const;

export type HousingCategoryCode = (typeof HOUSING_CATEGORY_CODES)[number];

// Family-member categories need a link to the deceased person (spec §2.3, data model).
export const FAMILY_CATEGORIES: readonly HousingCategoryCode[] = [
  'C08_FAMILY_OF_DECEASED_WAR_VETERAN',
  'C09_FAMILY_OF_DUTY_DEATH',
  'C17_CHERNOBYL_LIQUIDATOR_FAMILY',
  'C18_CHERNOBYL_BREADWINNER_LOSS',
  'C24_MAYAK_BREADWINNER_LOSS',
  'C27_SPECIAL_RISK_BREADWINNER_LOSS',
  'C53_FAMILY_OF_DECEASED_RURAL_WORKER',
];

// spec §9.2: "не менее десяти лет" of qualifying service
export const TEN_YEAR_SERVICE_CATEGORIES: readonly HousingCategoryCode[] = [
  'C37_RURAL_MEDIC_RETIREE',
  'C39_RURAL_TEACHER_RETIREE',
  'C42_RURAL_EDU_HEAD_RETIREE',
  'C43_RURAL_EDU_STAFF_RETIREE',
  'C44_RURAL_EDU_STAFF_RETIREE_AGE',
  'C46_RURAL_CULTURE_RETIREE',
  'C47_RURAL_CULTURE_RETIREE_AGE',
  'C49_RURAL_SOCIAL_SERVICE_RETIREE',
  'C50_RURAL_SOCIAL_SERVICE_RETIREE_AGE',
  'C52_RURAL_VETERINARY_RETIREE_AGE',
];

// spec §9.2: age 60 (men) / 55 (women) as one of alternative conditions (retired / age / pension right)
export const AGE_ALTERNATIVE_CATEGORIES: readonly HousingCategoryCode[] = [
  'C30_LABOUR_VETERAN',
  'C42_RURAL_EDU_HEAD_RETIREE',
  'C44_RURAL_EDU_STAFF_RETIREE_AGE',
  'C47_RURAL_CULTURE_RETIREE_AGE',
  'C50_RURAL_SOCIAL_SERVICE_RETIREE_AGE',
  'C52_RURAL_VETERINARY_RETIREE_AGE',
];

// "вышедших на пенсию" as a plain condition (not one of the 60/55 alternatives)
export const RETIRED_CATEGORIES: readonly HousingCategoryCode[] = [
  'C37_RURAL_MEDIC_RETIREE',
  'C39_RURAL_TEACHER_RETIREE',
  'C43_RURAL_EDU_STAFF_RETIREE',
  'C46_RURAL_CULTURE_RETIREE',
  'C49_RURAL_SOCIAL_SERVICE_RETIREE',
];

// Category conditions on the applicant's own disability (A9: C10 covers every disabled person, any group, plus
// HIV-infected minors under 18); checked only when the disability is established (D1 answer or the clerk)
export const DISABILITY_REQUIRED_CATEGORIES: readonly HousingCategoryCode[] = [
  'C01_WAR_DISABLED',
  'C02_DUTY_DISABLED',
  'C04_WWII_REAR_SERVICE_DISABLED',
  'C07_BLOCKADE_DISABLED',
  'C10_DISABLED',
  'C13_CHERNOBYL_DISABLED',
  'C20_MAYAK_DISABLED',
];

// cl. 3(28) "не имеющих инвалидности", cl. 3(33) "не повлекшие инвалидности"
export const DISABILITY_EXCLUDED_CATEGORIES: readonly HousingCategoryCode[] = ['C28_BLOCKADE_NOT_DISABLED', 'C33_EMERGENCY_SERVICE_INJURY'];

// The category of the deceased a family category refers to, where cl. 3 names one (A9: "пункт 14" = cl. 3(14),
// "пунктах 20 и 21" = cl. 3(20), 3(21)); C08: war invalids (C01), WWII participants (C03), combat veterans (C05)
export const DECEASED_CATEGORIES: Readonly<Partial<Record<HousingCategoryCode, readonly HousingCategoryCode[]>>> = {
  C08_FAMILY_OF_DECEASED_WAR_VETERAN: ['C01_WAR_DISABLED', 'C03_WWII_PARTICIPANT', 'C05_COMBAT_VETERAN'],
  C17_CHERNOBYL_LIQUIDATOR_FAMILY: ['C14_CHERNOBYL_LIQUIDATOR'],
  C24_MAYAK_BREADWINNER_LOSS: ['C20_MAYAK_DISABLED', 'C21_MAYAK_RADIATION_ILLNESS'],
  C27_SPECIAL_RISK_BREADWINNER_LOSS: ['C26_SPECIAL_RISK_UNIT'],
  C53_FAMILY_OF_DECEASED_RURAL_WORKER: ['C38_RURAL_TEACHER', 'C39_RURAL_TEACHER_RETIREE', 'C45_RURAL_CULTURE', 'C46_RURAL_CULTURE_RETIREE'],
};

// spec §9.2, historical periods: the applicant's participation (evacuation) must fall at least partly within the
// window of his sub-group; sub-groups the text gives no dates for (combat abroad, Afghanistan, evacuated settlements)
// have no window and are not listed
export type HistoricalWindow = { category: HousingCategoryCode; from: string; to: string; title: string };

export const HISTORICAL_WINDOWS = {
  C05_DEMINING: { category: 'C05_COMBAT_VETERAN', from: '1945-05-10', to: '1951-12-31', title: 'Разминирование территорий и объектов в период с 10.05.1945 по 31.12.1951' },
  C05_MINESWEEPING: { category: 'C05_COMBAT_VETERAN', from: '1945-05-10', to: '1957-12-31', title: 'Боевое траление в период с 10.05.1945 по 31.12.1957' },
  C05_DAGESTAN: { category: 'C05_COMBAT_VETERAN', from: '1999-08-01', to: '1999-09-30', title: 'Боевые действия в составе отрядов самообороны Республики Дагестан в период с августа по сентябрь 1999 года' },
  C14_ZONE_1986_1987: {
    category: 'C14_CHERNOBYL_LIQUIDATOR',
    from: '1986-01-01',
    to: '1987-12-31',
    title: 'Работы по ликвидации последствий в зоне отчуждения, эвакуация, работы на ЧАЭС, служба ОВД в зоне отчуждения в 1986–1987 годах',
  },
  C14_SHELTER: { category: 'C14_CHERNOBYL_LIQUIDATOR', from: '1988-01-01', to: '1990-12-31', title: 'Работы по объекту «Укрытие» в 1988–1990 годах' },
  C14_MEDICAL: { category: 'C14_CHERNOBYL_LIQUIDATOR', from: '1986-04-26', to: '1986-06-30', title: 'Оказание медицинской помощи пострадавшим в период с 26.04.1986 по 30.06.1986' },
  C15_EVACUATION_1986: { category: 'C15_CHERNOBYL_EVACUEE', from: '1986-01-01', to: '1986-12-31', title: 'Эвакуация (выезд) из зоны отчуждения в 1986 году' },
  C22_MAYAK_1957_1958: { category: 'C22_MAYAK_LIQUIDATOR', from: '1957-01-01', to: '1958-12-31', title: 'Ликвидация последствий аварии 1957 года на ПО «Маяк» в 1957–1958 годах' },
  C22_TECHA_1949_1956: { category: 'C22_MAYAK_LIQUIDATOR', from: '1949-01-01', to: '1956-12-31', title: 'Защитные мероприятия и реабилитация территорий вдоль реки Теча в 1949–1956 годах' },
  C23_MILITARY_1957: { category: 'C23_MAYAK_EVACUEE', from: '1957-01-01', to: '1957-12-31', title: 'Военнослужащие, вольнонаемный состав войсковых частей и спецконтингент, эвакуированные в 1957 году' },
} as const satisfies Record<string, HistoricalWindow>;

export type HistoricalGroup = keyof typeof HISTORICAL_WINDOWS;
export const HISTORICAL_GROUPS = Object.keys(HISTORICAL_WINDOWS) as [HistoricalGroup, ...HistoricalGroup[]];

const RURAL = 'в поселках городского типа и сельских населенных пунктах';
const LISTED = 'замещающие должности по перечню, утверждаемому Правительством Свердловской области';
const LISTED_PAST = 'замещавшие должности по перечню, утверждаемому Правительством Свердловской области';
const AGE_ALTERNATIVES = 'вышедшие на пенсию и (или) достигшие возраста 60 и 55 лет (мужчины и женщины) и (или) приобретшие право на страховую пенсию по старости (400-ФЗ)';
const TEN_YEARS = 'стаж работы не менее 10 лет';
const LIVES_IN_SOSVA = 'проживают на территории Сосьвинского городского округа';

const category = (code: HousingCategoryCode, item: number, title: string, conditions?: string): ApplicantCategory => ({
  code,
  clause: `подп. ${item} п. 3`,
  title,
  ...(conditions ? { conditions } : {}),
  ...(FAMILY_CATEGORIES.includes(code) ? { familyOfDeceased: true } : {}),
});

export const HOUSING_CATEGORIES: ApplicantCategory[] = [
  category('C01_WAR_DISABLED', 1, 'Инвалиды Великой Отечественной войны и инвалиды боевых действий'),
  category(
    'C02_DUTY_DISABLED',
    2,
    'Военнослужащие и лица рядового и начальствующего состава ОВД, ГПС, учреждений и органов УИС, ставшие инвалидами вследствие ранения, контузии или увечья при исполнении обязанностей военной службы (служебных обязанностей)',
  ),
  // A9: the "кроме…" part of cl. 3(3) names an excluded group; the spec keeps one code (no C03A/C03B split in its table)
  category(
    'C03_WWII_PARTICIPANT',
    3,
    'Участники Великой Отечественной войны',
    'Кроме военнослужащих, проходивших не менее 6 месяцев военную службу в частях, не входивших в состав действующей армии, в период 22.06.1941–03.09.1945; формулировка подпункта неясна — требуется правовая оценка (A9)',
  ),
  category(
    'C04_WWII_REAR_SERVICE_DISABLED',
    4,
    'Военнослужащие, проходившие военную службу в частях, учреждениях, военно-учебных заведениях, не входивших в состав действующей армии, либо награжденные орденами или медалями СССР за службу в период Великой Отечественной войны, ставшие инвалидами',
    'Не менее 6 месяцев службы в период 22.06.1941–03.09.1945 или награда СССР за службу в этот период; инвалидность не вследствие противоправных действий',
  ),
  category(
    'C05_COMBAT_VETERAN',
    5,
    'Ветераны боевых действий',
    'Разминирование 10.05.1945–31.12.1951, боевое траление 10.05.1945–31.12.1957; отряды самообороны Республики Дагестан — август–сентябрь 1999 года',
  ),
  category(
    'C06_FORMER_MINOR_PRISONER',
    6,
    'Бывшие несовершеннолетние узники концлагерей, гетто, других мест принудительного содержания, созданных фашистами и их союзниками в период Второй мировой войны',
  ),
  // A9: badges «Жителю…» (here) and «Житель…» (C28) are the same badge
  category(
    'C07_BLOCKADE_DISABLED',
    7,
    'Лица, награжденные знаком «Жителю блокадного Ленинграда», признанные инвалидами',
    'Инвалидность вследствие общего заболевания, трудового увечья и других причин, кроме противоправных действий',
  ),
  category('C08_FAMILY_OF_DECEASED_WAR_VETERAN', 8, 'Члены семей погибших (умерших) инвалидов войны, участников Великой Отечественной войны и ветеранов боевых действий'),
  category(
    'C09_FAMILY_OF_DUTY_DEATH',
    9,
    'Члены семей военнослужащих, лиц рядового и начальствующего состава ОВД, ГПС, учреждений и органов УИС и органов государственной безопасности, погибших при исполнении обязанностей военной службы (служебных обязанностей)',
  ),
  // A9: all disabled persons plus HIV-infected minors under 18
  category('C10_DISABLED', 10, 'Инвалиды, в том числе ВИЧ-инфицированные несовершеннолетние в возрасте до 18 лет', 'ВИЧ-инфицированные несовершеннолетние — возраст до 18 лет'),
  category('C11_FAMILY_WITH_DISABLED_CHILD', 11, 'Семьи, имеющие детей-инвалидов'),
  category(
    'C12_CHERNOBYL_RADIATION_ILLNESS',
    12,
    'Граждане, получившие или перенесшие лучевую болезнь и другие заболевания, связанные с радиационным воздействием вследствие чернобыльской катастрофы или с работами по ликвидации ее последствий',
  ),
  category('C13_CHERNOBYL_DISABLED', 13, 'Инвалиды вследствие чернобыльской катастрофы'),
  category(
    'C14_CHERNOBYL_LIQUIDATOR',
    14,
    'Участники ликвидации последствий катастрофы на Чернобыльской АЭС',
    'Работы в зоне отчуждения, эвакуация, работы на ЧАЭС, служба ОВД в зоне отчуждения — 1986–1987 годы; объект «Укрытие» — 1988–1990 годы; медицинские работники — 26.04.1986–30.06.1986',
  ),
  category(
    'C15_CHERNOBYL_EVACUEE',
    15,
    'Граждане, эвакуированные (в том числе выехавшие добровольно) в 1986 году из зоны отчуждения, включая детей, в том числе находившихся в состоянии внутриутробного развития',
    'Эвакуация в 1986 году',
  ),
  category(
    'C16_CHERNOBYL_ZONE_SERVICE',
    16,
    'Военнослужащие, лица начальствующего и рядового состава ОВД, ГПС, проходящие (проходившие) службу в зоне отчуждения, зоне отселения, зоне проживания с правом на отселение и зоне проживания с льготным социально-экономическим статусом',
  ),
  // A9: "пункт 14" read as sub-item 3(14), i.e. C14
  category('C17_CHERNOBYL_LIQUIDATOR_FAMILY', 17, 'Семьи, в том числе вдовы (вдовцы), умерших участников ликвидации последствий катастрофы на Чернобыльской АЭС (подп. 14 п. 3)'),
  category(
    'C18_CHERNOBYL_BREADWINNER_LOSS',
    18,
    'Семьи, потерявшие кормильца, погибшего в результате катастрофы на Чернобыльской АЭС или умершего вследствие лучевой болезни и других связанных с ней заболеваний, а также семьи умерших инвалидов, на которых распространялись меры социальной поддержки по оплате жилого помещения и коммунальных услуг',
  ),
  category(
    'C19_CHERNOBYL_CHILDREN',
    19,
    'Дети и подростки, страдающие болезнями вследствие чернобыльской катастрофы или обусловленными генетическими последствиями радиоактивного облучения одного из родителей, а также последующие поколения таких детей',
  ),
  category('C20_MAYAK_DISABLED', 20, 'Граждане, ставшие инвалидами в результате воздействия радиации вследствие аварии в 1957 году на ПО «Маяк» и сбросов радиоактивных отходов в реку Теча'),
  category(
    'C21_MAYAK_RADIATION_ILLNESS',
    21,
    'Граждане, получившие лучевую болезнь, другие заболевания из перечня вследствие аварии в 1957 году на ПО «Маяк» и сбросов радиоактивных отходов в реку Теча',
  ),
  category(
    'C22_MAYAK_LIQUIDATOR',
    22,
    'Участники ликвидации последствий аварии 1957 года на ПО «Маяк» и работ по защитным мероприятиям и реабилитации территорий вдоль реки Теча',
    'Ликвидация аварии — 1957–1958 годы; работы вдоль реки Теча — 1949–1956 годы',
  ),
  category(
    'C23_MAYAK_EVACUEE',
    23,
    'Граждане, эвакуированные (переселенные) из населенных пунктов, подвергшихся радиоактивному загрязнению вследствие аварии на ПО «Маяк» и сбросов в реку Теча, включая детей, в том числе находившихся в состоянии внутриутробного развития',
    'Военнослужащие, вольнонаемный состав и спецконтингент — эвакуированные в 1957 году',
  ),
  // A9: "пунктах 20 и 21" read as sub-items 3(20), 3(21)
  category(
    'C24_MAYAK_BREADWINNER_LOSS',
    24,
    'Семьи, потерявшие кормильца из числа граждан, указанных в подп. 20 и 21 п. 3, если смерть явилась следствием воздействия радиации (авария на ПО «Маяк», сбросы в реку Теча)',
  ),
  category(
    'C25_SEMIPALATINSK',
    25,
    'Граждане, подвергшиеся радиационному воздействию вследствие ядерных испытаний на Семипалатинском полигоне',
    'Суммарная (накопленная) эффективная доза облучения более 25 сЗв (бэр)',
  ),
  category('C26_SPECIAL_RISK_UNIT', 26, 'Граждане из подразделений особого риска'),
  category('C27_SPECIAL_RISK_BREADWINNER_LOSS', 27, 'Семьи, потерявшие кормильца из числа граждан из подразделений особого риска'),
  category('C28_BLOCKADE_NOT_DISABLED', 28, 'Лица, награжденные знаком «Житель блокадного Ленинграда», не имеющие инвалидности'),
  category(
    'C29_HOME_FRONT_WORKER',
    29,
    'Лица, проработавшие в тылу в период Великой Отечественной войны, либо награжденные орденами или медалями СССР за самоотверженный труд в период Великой Отечественной войны',
    'Не менее 6 месяцев работы в период 22.06.1941–09.05.1945, исключая работу на временно оккупированных территориях СССР, или награда СССР',
  ),
  category(
    'C30_LABOUR_VETERAN',
    30,
    'Ветераны труда и лица, приравненные к ним по состоянию на 31.12.2004',
    'Достигшие возраста, дающего право на страховую пенсию по старости, и (или) возраста 60 и 55 лет (мужчины и женщины), и (или) приобретшие право на страховую пенсию по старости (400-ФЗ)',
  ),
  category(
    'C31_ADULT_NAZI_PRISONER',
    31,
    'Совершеннолетние узники нацистских концлагерей, тюрем, гетто и других мест принудительного содержания; лица из числа гражданского населения, насильственно вывезенные на принудительные работы и содержавшиеся в условиях лагерного режима',
    'Насильственно вывезенные — в возрасте старше 18 лет на момент вывоза',
  ),
  category('C32_REHABILITATED', 32, 'Реабилитированные лица и лица, признанные пострадавшими от политических репрессий'),
  category(
    'C33_EMERGENCY_SERVICE_INJURY',
    33,
    'Граждане, получившие увечье или заболевание, не повлекшие инвалидности, при прохождении военной службы или службы в ОВД в период чрезвычайного положения либо вооруженного конфликта',
    LIVES_IN_SOSVA,
  ),
  category('C34_HONORARY_CITIZEN_SO', 34, 'Лица, которым присвоено почетное звание «Почетный гражданин Свердловской области»'),
  category(
    'C35_MERIT_BADGE_I',
    35,
    'Лица, награжденные знаком отличия «За заслуги перед Свердловской областью» I степени',
    'Если не присвоено звание «Почетный гражданин Свердловской области» (иначе — подп. 34)',
  ),
  category('C36_RURAL_MEDIC', 36, `Медицинские и фармацевтические работники областных и муниципальных медицинских организаций ${RURAL}`),
  category('C37_RURAL_MEDIC_RETIREE', 37, `Медицинские и фармацевтические работники, вышедшие на пенсию, со стажем работы по специальности в медицинских организациях ${RURAL}`, `${TEN_YEARS}; ${LIVES_IN_SOSVA}`),
  category('C38_RURAL_TEACHER', 38, `Педагогические работники областных и муниципальных образовательных организаций (их обособленных подразделений) ${RURAL}`),
  category('C39_RURAL_TEACHER_RETIREE', 39, `Педагогические работники, вышедшие на пенсию, со стажем работы по специальности в образовательных организациях ${RURAL}`, `${TEN_YEARS}; ${LIVES_IN_SOSVA}`),
  // A9: no UTS / rural condition in cl. 3(40) — applied as written, flagged for legal review
  category(
    'C40_EDU_HEAD',
    40,
    'Руководители и заместители руководителей областных и муниципальных образовательных организаций, руководители и заместители руководителей обособленных подразделений областных образовательных организаций',
    'В подпункте нет условия о поселке городского типа или сельском населенном пункте — требуется правовая оценка (A9)',
  ),
  category('C41_RURAL_EDU_STAFF', 41, `Работники образовательных организаций ${RURAL}, не относящиеся к педагогическим работникам, ${LISTED}`),
  category('C42_RURAL_EDU_HEAD_RETIREE', 42, `Руководители и заместители руководителей образовательных организаций (их обособленных подразделений) ${RURAL}, ${AGE_ALTERNATIVES}`, `${TEN_YEARS}; ${LIVES_IN_SOSVA}`),
  // A9: C43 and C44 overlap; kept as separate codes
  category('C43_RURAL_EDU_STAFF_RETIREE', 43, `Работники образовательных организаций ${RURAL}, не относившиеся к педагогическим работникам, ${LISTED_PAST}, вышедшие на пенсию`, `${TEN_YEARS}; ${LIVES_IN_SOSVA}`),
  category(
    'C44_RURAL_EDU_STAFF_RETIREE_AGE',
    44,
    `Работники областных образовательных организаций ${RURAL}, не относившиеся к педагогическим работникам, ${LISTED_PAST}, ${AGE_ALTERNATIVES}`,
    `${TEN_YEARS}; ${LIVES_IN_SOSVA}`,
  ),
  category('C45_RURAL_CULTURE', 45, `Работники областных учреждений культуры и искусства (их обособленных подразделений) ${RURAL}, ${LISTED}`),
  // A9: no explicit "lives in Sosva" here — the general residence condition of cl. 3 applies
  category('C46_RURAL_CULTURE_RETIREE', 46, `Работники областных учреждений культуры и искусства ${RURAL}, ${LISTED_PAST}, вышедшие на пенсию`, TEN_YEARS),
  category('C47_RURAL_CULTURE_RETIREE_AGE', 47, `Работники областных учреждений культуры и искусства ${RURAL}, ${LISTED_PAST}, ${AGE_ALTERNATIVES}`, `${TEN_YEARS}; ${LIVES_IN_SOSVA}`),
  category('C48_RURAL_SOCIAL_SERVICE', 48, `Работники организаций социального обслуживания Свердловской области ${RURAL}, ${LISTED}`),
  category('C49_RURAL_SOCIAL_SERVICE_RETIREE', 49, `Работники организаций социального обслуживания ${RURAL}, ${LISTED_PAST}, вышедшие на пенсию`, `${TEN_YEARS}; ${LIVES_IN_SOSVA}`),
  category('C50_RURAL_SOCIAL_SERVICE_RETIREE_AGE', 50, `Работники организаций социального обслуживания ${RURAL}, ${LISTED_PAST}, ${AGE_ALTERNATIVES}`, `${TEN_YEARS}; ${LIVES_IN_SOSVA}`),
  category('C51_RURAL_VETERINARY', 51, `Работники организаций, подведомственных областному органу в сфере ветеринарии, ${RURAL}, ${LISTED}`),
  category(
    'C52_RURAL_VETERINARY_RETIREE_AGE',
    52,
    `Работники организаций в сфере ветеринарии ${RURAL}, ${LISTED_PAST}, ${AGE_ALTERNATIVES}`,
    `${TEN_YEARS}; ${LIVES_IN_SOSVA}`,
  ),
  category('C53_FAMILY_OF_DECEASED_RURAL_WORKER', 53, 'Члены семей умерших лиц, указанных в подп. 38, 39, 45 и 46 п. 3, имевших право на компенсацию расходов'),
];
