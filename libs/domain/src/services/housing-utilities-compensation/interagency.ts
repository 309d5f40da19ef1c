import type { InteragencyDataKind } from '../service-definition';
import type { HousingApplication } from './application.schema';

export const INTERAGENCY_CODES = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'] as const;
export type InteragencyCode = (typeof INTERAGENCY_CODES)[number];

// A7 [external]: 210-FZ art. 7.2 part 3 — 5 working days for an answer unless another term is set
const RESPONSE_WORKING_DAYS = 5;

// cl. 18, 49: data the Institution requests itself; the applicant may bring them (not doing so is no refusal ground).
export const HOUSING_INTERAGENCY: InteragencyDataKind[] = [
  {
    code: 'D1',
    title: 'Сведения о праве заявителя на меру социальной поддержки, в том числе о правовых основаниях владения и пользования жилым помещением',
    agency: 'Управление социальной политики; территориальный орган Росреестра; военные комиссариаты; организации-работодатели работников бюджетной сферы; БТИ',
    clause: 'подп. 1 п. 18, подп. 1 п. 49',
    responseWorkingDays: RESPONSE_WORKING_DAYS,
  },
  {
    code: 'D2',
    title: 'Сведения о регистрации заявителя по месту жительства либо пребывания',
    agency: 'Территориальный орган ГУ по вопросам миграции МВД России по Свердловской области (при его отсутствии — жилищно-эксплуатационная организация)',
    clause: 'подп. 2 п. 18, подп. 2 п. 49',
    condition: 'Если сведений о регистрации нет в документе, удостоверяющем личность',
    responseWorkingDays: RESPONSE_WORKING_DAYS,
  },
  {
    code: 'D3',
    title: 'Сведения о гражданах, зарегистрированных в жилом помещении заявителя: родство, вид и даты регистрации, занимаемая площадь, условия проживания, вид жилищного фонда',
    agency: 'Территориальный орган ГУ по вопросам миграции МВД России по Свердловской области (при его отсутствии — жилищно-эксплуатационная организация)',
    clause: 'подп. 3 п. 18, подп. 3 п. 49',
    responseWorkingDays: RESPONSE_WORKING_DAYS,
  },
  {
    code: 'D4',
    title: 'Сведения об оплате жилого помещения и коммунальных услуг за месяц, предшествующий месяцу обращения, о начисленной плате и об отсутствии задолженности',
    agency: 'Организации жилищно-коммунального хозяйства',
    clause: 'подп. 4 п. 18, подп. 4 п. 49',
    responseWorkingDays: RESPONSE_WORKING_DAYS,
  },
  {
    code: 'D5',
    title: 'Описание объекта недвижимости, стоимость твердого топлива и его доставки и (или) сжиженного баллонного газа',
    agency: 'Бюро технической инвентаризации',
    clause: 'подп. 5 п. 18, подп. 5 п. 49',
    condition: 'При отсутствии центрального отопления и (или) газоснабжения',
    responseWorkingDays: RESPONSE_WORKING_DAYS,
  },
  // A11: D6 is in cl. 49 only; the applicant may also bring it, its absence is no refusal ground
  {
    code: 'D6',
    title: 'Сведения о понесенных расходах на приобретение твердого топлива',
    agency: 'Организации, оказывающие услуги по поставке твердого топлива',
    clause: 'подп. 6 п. 49',
    condition: 'При отсутствии центрального отопления (твердое топливо)',
    responseWorkingDays: RESPONSE_WORKING_DAYS,
  },
  // A22: applications at the place of stay are accepted; D7 then checks the place of residence
  {
    code: 'D7',
    title: 'Сведения о неполучении компенсации расходов по месту жительства',
    agency: 'Уполномоченный орган по месту регистрации заявителя',
    clause: 'подп. 6 п. 18, подп. 7 п. 49',
    condition: 'При обращении по месту пребывания',
    responseWorkingDays: RESPONSE_WORKING_DAYS,
  },
];

type NeedsInput = Pick<HousingApplication, 'place' | 'heating' | 'registrationShownInIdentityDocument'>;

// cl. 18, 49: which data the case needs; only items the applicant did not bring are requested (cl. 47, 51).
export const neededInteragencyData = ({ place, heating, registrationShownInIdentityDocument }: NeedsInput): InteragencyCode[] => {
  const needed: InteragencyCode[] = ['D1'];
  // cl. 18(2): a registration at the place of stay is not in the passport; otherwise the clerk says whether it is shown
  if (place === 'stay' || registrationShownInIdentityDocument === false) needed.push('D2');
  needed.push('D3', 'D4');
  if (!heating.centralHeating || !heating.gasSupply) needed.push('D5');
  if (!heating.centralHeating) needed.push('D6');
  if (place === 'stay') needed.push('D7');
  return needed;
};

export const missingInteragencyData = (application: NeedsInput & Pick<HousingApplication, 'documentsSupplied'>): InteragencyCode[] =>
  neededInteragencyData(application).filter((code) => !application.documentsSupplied.includes(code));
