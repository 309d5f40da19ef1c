import { z } from 'zod';

// A payment month: 'YYYY-MM'. Compared as strings; stored in SQL as the first day of the month.
export type Month = string;

export const monthSchema = z
  .string({ error: 'Укажите месяц в формате ГГГГ-ММ' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Месяц в формате ГГГГ-ММ' });

export const addMonths = (month: Month, n: number): Month => {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
};

// both ends included; empty when `to` is before `from`
export const monthsBetween = (from: Month, to: Month): Month[] => {
  const result: Month[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) result.push(m);
  return result;
};

export const monthStart = (month: Month): string => `${month}-01`;
export const monthOfDate = (date: string): Month => date.slice(0, 7);

const MONTH_NAMES = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
export const formatMonth = (month: Month): string => `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
