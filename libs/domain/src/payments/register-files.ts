import { formatRuDate } from '../common/local-date';
import type { Kopecks } from '../common/money';
import type { Month } from './month';

// One line of a payment register as it goes to the bank or the post.
export type RegisterFileLine = {
  lineNo: number;
  snils: string | null;
  fullName: string;
  period: Month;
  amountKopecks: Kopecks;
  additionalKopecks: Kopecks;
  deductionKopecks: Kopecks;
  totalKopecks: Kopecks;
  bik: string | null;
  account: string | null;
  postOffice: string | null;
  address: string | null;
};

export const REGISTER_COLUMNS = [
  '№ строки',
  'СНИЛС',
  'ФИО получателя',
  'Период',
  'Начислено, руб.',
  'Доплата, руб.',
  'Удержание, руб.',
  'К выплате, руб.',
  'БИК',
  'Счет',
  'Отделение почтовой связи',
  'Адрес',
] as const;

export const rubles = (k: Kopecks): string => `${k < 0 ? '-' : ''}${Math.floor(Math.abs(k) / 100)}.${String(Math.abs(k) % 100).padStart(2, '0')}`;

export const registerRow = (l: RegisterFileLine): (string | number)[] => [
  l.lineNo,
  l.snils ?? '',
  l.fullName,
  l.period,
  rubles(l.amountKopecks),
  rubles(l.additionalKopecks),
  rubles(l.deductionKopecks),
  rubles(l.totalKopecks),
  l.bik ?? '',
  l.account ?? '',
  l.postOffice ?? '',
  l.address ?? '',
];

const csvCell = (v: string | number): string => {
  const s = String(v);
  return /[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

// CSV for the bank: UTF-8 with BOM (Excel opens it), ';' separators, CRLF, amounts in rubles with a dot.
export const registerCsv = (lines: RegisterFileLine[]): string =>
  `\ufeff${[REGISTER_COLUMNS as readonly string[], ...lines.map(registerRow)].map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`;

// --- Reconciliation: the bank's (post's) answer, one row per register line ---------------------------------------

export type ReconciliationRow = { row: number; lineNo: number; status: 'paid' | 'returned'; totalKopecks: Kopecks; on: string; reason: string | null };
export type ReconciliationParse = { rows: ReconciliationRow[]; errors: Record<string, string> };

export const RECONCILIATION_COLUMNS = ['№ строки', 'К выплате, руб.', 'Результат', 'Дата', 'Причина возврата'] as const;

const splitCsvLine = (line: string, sep: string): string[] => {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      cells.push(cur);
      cur = '';
    } else cur += ch;
  }
  cells.push(cur);
  return cells.map((c) => c.trim());
};

const parseRubles = (s: string): Kopecks | null => {
  const m = /^(-?)(\d+)(?:[.,](\d{1,2}))?$/.exec(s.replace(/\s|\u00a0/g, ''));
  if (!m) return null;
  const k = Number(m[2]) * 100 + Number((m[3] ?? '0').padEnd(2, '0'));
  return m[1] === '-' ? -k : k;
};

const parseDate = (s: string): string | null => {
  const ru = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(s);
  const iso = ru ? `${ru[3]}-${ru[2]}-${ru[1]}` : s;
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) && new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso) ? iso : null;
};

const STATUS_WORDS: Record<string, 'paid' | 'returned'> = { paid: 'paid', 'выплачено': 'paid', 'зачислено': 'paid', returned: 'returned', 'возврат': 'returned', 'возвращено': 'returned' };

// Parses the reconciliation file: header row first, ';' or ',' separated. Every problem is reported by row and column;
// the caller applies nothing when there is any.
export const parseReconciliation = (text: string): ReconciliationParse => {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const errors: Record<string, string> = {};
  const rows: ReconciliationRow[] = [];
  const header = lines[0] ?? '';
  const sep = header.includes(';') ? ';' : ',';
  const seen = new Set<number>();
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const row = i + 1;
    const [lineNoText = '', totalText = '', statusText = '', dateText = '', reasonText = ''] = splitCsvLine(lines[i], sep);
    const lineNo = /^\d+$/.test(lineNoText) ? Number(lineNoText) : null;
    const total = parseRubles(totalText);
    const status = STATUS_WORDS[statusText.toLowerCase()];
    const on = parseDate(dateText);
    if (lineNo === null) errors[`rows.${row}.lineNo`] = `Строка ${row}: номер строки реестра — целое число`;
    else if (seen.has(lineNo)) errors[`rows.${row}.lineNo`] = `Строка ${row}: строка реестра № ${lineNo} указана дважды`;
    if (total === null) errors[`rows.${row}.total`] = `Строка ${row}: сумма в рублях, например 1234.50`;
    if (!status) errors[`rows.${row}.status`] = `Строка ${row}: результат «выплачено» или «возврат»`;
    if (on === null) errors[`rows.${row}.on`] = `Строка ${row}: дата в формате ДД.ММ.ГГГГ`;
    if (status === 'returned' && reasonText === '') errors[`rows.${row}.reason`] = `Строка ${row}: укажите причину возврата`;
    if (lineNo !== null) seen.add(lineNo);
    if (lineNo !== null && total !== null && status && on !== null) rows.push({ row, lineNo, status, totalKopecks: total, on, reason: status === 'returned' ? reasonText : null });
  }
  if (rows.length === 0 && Object.keys(errors).length === 0) errors.csv = 'В файле сверки нет строк';
  return { rows, errors };
};

// A template of the reconciliation file for a register: every line marked paid on the given date (the bank edits it).
export const reconciliationTemplate = (lines: Pick<RegisterFileLine, 'lineNo' | 'totalKopecks'>[], on: string): string =>
  `${[RECONCILIATION_COLUMNS.join(';'), ...lines.map((l) => [l.lineNo, rubles(l.totalKopecks), 'выплачено', formatRuDate(on), ''].join(';'))].join('\r\n')}\r\n`;

