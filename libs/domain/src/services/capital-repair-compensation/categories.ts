import type { ApplicantCategory } from '../service-definition';

// Spec §2.1 (regulation 1.2, App 1 check-boxes): owners of a dwelling in an apartment building in Stavropol krai.
export const CAPITAL_REPAIR_CATEGORY_CODES = ['A70_ALONE', 'A70_FAMILY', 'A80_ALONE', 'A80_FAMILY'] as const;
export type CapitalRepairCategoryCode = (typeof CAPITAL_REPAIR_CATEGORY_CODES)[number];

export const CAPITAL_REPAIR_CATEGORIES: ApplicantCategory[] = [
  { code: 'A70_ALONE', clause: 'п. 1.2', title: 'Одиноко проживающий неработающий собственник жилого помещения, достигший возраста 70 лет', conditions: 'живет один; не работает; возраст не менее 70 лет' },
  {
    code: 'A70_FAMILY',
    clause: 'п. 1.2',
    title:
      'Собственник жилого помещения, достигший возраста 70 лет, проживающий в составе семьи, состоящей только из совместно проживающих неработающих граждан пенсионного возраста и (или) неработающих инвалидов I и (или) II группы',
    conditions: 'возраст не менее 70 лет; семья только из неработающих лиц пенсионного возраста или инвалидов I–II группы (I-20)',
  },
  { code: 'A80_ALONE', clause: 'п. 1.2', title: 'Одиноко проживающий неработающий собственник жилого помещения, достигший возраста 80 лет', conditions: 'живет один; не работает; возраст не менее 80 лет' },
  {
    code: 'A80_FAMILY',
    clause: 'п. 1.2',
    title:
      'Собственник жилого помещения, достигший возраста 80 лет, проживающий в составе семьи, состоящей только из совместно проживающих неработающих граждан пенсионного возраста и (или) неработающих инвалидов I и (или) II группы',
    conditions: 'возраст не менее 80 лет; семья только из неработающих лиц пенсионного возраста или инвалидов I–II группы (I-20)',
  },
];

export const isFamilyCategory = (code: CapitalRepairCategoryCode): boolean => code.endsWith('_FAMILY');
export const categoryAge = (code: CapitalRepairCategoryCode): 70 | 80 => (code.startsWith('A80') ? 80 : 70);
