// Money is an integer number of kopecks.
export type Kopecks = number;

export const rublesToKopecks = (rubles: number): Kopecks => Math.round(rubles * 100);

export const formatRubles = (amount: Kopecks): string => {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const rub = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  const kop = (abs % 100).toString().padStart(2, '0');
  return `${sign}${rub},${kop}\u00a0руб.`;
};
