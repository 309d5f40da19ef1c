import type { LocalDate } from '../../common/local-date';

// What the near-duplicate rule compares: the names as entered and the birth date.
export type NamedPerson = { lastName: string; firstName: string; middleName?: string | null; birthDate: LocalDate };

// Latin letters that look like Cyrillic ones: «Иванoва» typed with a Latin «o» is still Иванова.
const LOOK_ALIKE: Record<string, string> = {
  A: 'А',
  a: 'а',
  B: 'В',
  C: 'С',
  c: 'с',
  E: 'Е',
  e: 'е',
  H: 'Н',
  K: 'К',
  k: 'к',
  M: 'М',
  O: 'О',
  o: 'о',
  P: 'Р',
  p: 'р',
  T: 'Т',
  X: 'Х',
  x: 'х',
  Y: 'У',
  y: 'у',
};

// One spelling per name: Latin look-alikes to Cyrillic, lower case, ё → е, no spaces, hyphens or apostrophes.
export const normalizeName = (name: string | null | undefined): string =>
  (name ?? '')
    .replace(/[A-Za-z]/g, (ch) => LOOK_ALIKE[ch] ?? ch)
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\-‐‑–—'’`]/g, '');

// Damerau–Levenshtein distance (optimal string alignment: an insertion, a deletion, a substitution or a swap of two
// adjacent letters costs 1); stops early once it exceeds max.
export const damerauLevenshtein = (a: string, b: string, max = Number.POSITIVE_INFINITY): number => {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i][0] = i;
  }
  for (let j = 0; j <= b.length; j += 1) rows[0][j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length][b.length];
};

const fullName = (p: NamedPerson): string => [p.lastName, p.firstName, p.middleName].filter((s) => s && s.trim()).join(' ');

// Why `entered` may be the same human as `existing`, in Russian, or null when the rule does not flag them.
// One person, one file: same birth date and the same name, or a near spelling of it (a typo in the surname or the first
// name with the rest equal, or at most two typos over the whole name). The existing spelling comes first in the reason.
export const nearDuplicateReason = ({ entered, existing }: { entered: NamedPerson; existing: NamedPerson }): string | null => {
  if (entered.birthDate !== existing.birthDate) return null;
  const [l1, f1, m1] = [normalizeName(entered.lastName), normalizeName(entered.firstName), normalizeName(entered.middleName)];
  const [l2, f2, m2] = [normalizeName(existing.lastName), normalizeName(existing.firstName), normalizeName(existing.middleName)];
  if (l1 === l2 && f1 === f2 && m1 === m2) return 'совпадают ФИО и дата рождения';
  if (f1 === f2 && m1 === m2 && damerauLevenshtein(l1, l2, 1) <= 1) return `похожее написание фамилии: ${existing.lastName.trim()} — ${entered.lastName.trim()}`;
  if (l1 === l2 && m1 === m2 && damerauLevenshtein(f1, f2, 1) <= 1) return `похожее написание имени: ${existing.firstName.trim()} — ${entered.firstName.trim()}`;
  // the parts joined with a separator, so a letter moved from one part to the next still counts
  if (damerauLevenshtein(`${l1}|${f1}|${m1}`, `${l2}|${f2}|${m2}`, 2) <= 2) return `похожее написание ФИО: ${fullName(existing)} — ${fullName(entered)}`;
  return null;
};

// The existing persons the entered one may duplicate, each with its reason, exact matches first.
export const findNearDuplicates = <P extends NamedPerson>({ entered, existing }: { entered: NamedPerson; existing: readonly P[] }): (P & { reason: string })[] =>
  existing
    .map((p) => ({ p, reason: nearDuplicateReason({ entered, existing: p }) }))
    .filter((x): x is { p: P; reason: string } => x.reason !== null)
    .sort((x, y) => Number(y.reason.startsWith('совпадают')) - Number(x.reason.startsWith('совпадают')))
    .map(({ p, reason }) => ({ ...p, reason }));
