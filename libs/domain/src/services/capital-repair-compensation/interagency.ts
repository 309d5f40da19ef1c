import type { InteragencyDataKind } from '../service-definition';

export const CAPITAL_REPAIR_INTERAGENCY_CODES = ['MV-1', 'MV-2', 'MV-3', 'MV-4', 'MV-5', 'MV-6', 'MV-7', 'MV-8', 'MV-9', 'MV-10'] as const;
export type CapitalRepairInteragencyCode = (typeof CAPITAL_REPAIR_INTERAGENCY_CODES)[number];

// 3.2.3: providers answer within 5 working days of the request (DL-18); a late answer is never a refusal ground (EXT-02)
const RESPONSE_WORKING_DAYS = 5;

// Spec §4.2 (2.6.2, 3.2.3): generated automatically in АС АСП and sent through СМЭВ by the body (I-44).
export const CAPITAL_REPAIR_INTERAGENCY: InteragencyDataKind[] = [
  { code: 'MV-1', title: 'СНИЛС гражданина', agency: 'Отделение Фонда пенсионного и социального страхования РФ по Ставропольскому краю', clause: 'п. 2.6.2', responseWorkingDays: RESPONSE_WORKING_DAYS },
  {
    code: 'MV-2',
    title: 'Сведения о трудовой деятельности гражданина и членов семьи, совместно зарегистрированных с ним по месту жительства',
    agency: 'Отделение Фонда пенсионного и социального страхования РФ по Ставропольскому краю',
    clause: 'п. 2.6.2',
    responseWorkingDays: RESPONSE_WORKING_DAYS,
  },
  { code: 'MV-3', title: 'Выписка из ЕГРН о правах на жилое помещение (собственность, площадь, доля)', agency: 'Управление Росреестра по Ставропольскому краю', clause: 'п. 2.6.2', responseWorkingDays: RESPONSE_WORKING_DAYS },
  {
    code: 'MV-4',
    title: 'Сведения об инвалидности I и (или) II группы совместно зарегистрированных членов семьи',
    agency: 'ГИС «Единая централизованная цифровая платформа в социальной сфере»',
    clause: 'п. 2.6.2',
    condition: 'Если с гражданином совместно зарегистрированы члены семьи',
    responseWorkingDays: RESPONSE_WORKING_DAYS,
  },
  {
    code: 'MV-5',
    title: 'Сведения о неполучении (прекращении) компенсации или мер социальной поддержки, включающих ее, по прежнему месту жительства в Ставропольском крае',
    agency: 'Орган социальной защиты населения Ставропольского края по прежнему месту жительства (пребывания)',
    clause: 'п. 2.6.2',
    condition: 'Если гражданин прибыл на постоянное место жительства из другого муниципального образования Ставропольского края',
    responseWorkingDays: RESPONSE_WORKING_DAYS,
  },
  {
    code: 'MV-6',
    title: 'Сведения о неполучении (прекращении) мер социальной поддержки, включающих компенсацию взноса на капитальный ремонт, в другом субъекте РФ',
    agency: 'Государственный или муниципальный орган другого субъекта РФ, предоставляющий меры социальной поддержки по оплате ЖКУ',
    clause: 'п. 2.6.2',
    condition: 'Если гражданин прибыл из другого субъекта РФ',
    responseWorkingDays: RESPONSE_WORKING_DAYS,
  },
  { code: 'MV-7', title: 'Сведения о наличии лифтового оборудования в многоквартирном доме', agency: 'Организация, осуществляющая управление многоквартирным домом', clause: 'п. 2.6.2', responseWorkingDays: RESPONSE_WORKING_DAYS },
  { code: 'MV-8', title: 'Сведения о государственной регистрации заключения (расторжения) брака, перемены имени', agency: 'ЕГР ЗАГС', clause: 'п. 2.6.2', responseWorkingDays: RESPONSE_WORKING_DAYS },
  {
    code: 'MV-9',
    title: 'Сведения об отсутствии задолженности по уплате взноса на капитальный ремонт, подтвержденной вступившим в силу судебным актом и образовавшейся не более чем за три последних года',
    agency: 'ГИС ЖКХ',
    clause: 'п. 2.6.2',
    responseWorkingDays: RESPONSE_WORKING_DAYS,
  },
  {
    code: 'MV-10',
    title: 'Сведения о регистрации по месту жительства гражданина и совместно зарегистрированных с ним членов семьи',
    agency: 'ГУ МВД России по Ставропольскому краю',
    clause: 'п. 2.6.2',
    responseWorkingDays: RESPONSE_WORKING_DAYS,
  },
];

// What the body requests for an application (§4.2 "when"): always MV-1, MV-2, MV-3, MV-7, MV-8, MV-9, MV-10;
// MV-4 when family members are co-registered; MV-5 / MV-6 for arrivals from another municipality / region.
export const neededCapitalRepairData = (app: { householdMembers: unknown[]; arrivedFrom: 'none' | 'krai_municipality' | 'other_region' }): CapitalRepairInteragencyCode[] => [
  'MV-1',
  'MV-2',
  'MV-3',
  ...(app.householdMembers.length > 0 ? (['MV-4'] as const) : []),
  ...(app.arrivedFrom === 'krai_municipality' ? (['MV-5'] as const) : []),
  ...(app.arrivedFrom === 'other_region' ? (['MV-6'] as const) : []),
  'MV-7',
  'MV-8',
  'MV-9',
  'MV-10',
];
