import type { ReactNode } from 'react';
import { Card } from '../../../components/status';
import { formatDate } from '../../../lib/format';
import type { Service } from '../../../types/api';

const VALUES: Record<string, Record<string, string>> = {
  applicantStatus: { citizen: 'гражданин РФ', foreigner: 'иностранный гражданин', stateless: 'лицо без гражданства' },
  identityDocumentKind: { passport: 'паспорт гражданина РФ', other: 'иной документ', temporary_residence_permit: 'разрешение на временное проживание', residence_permit: 'вид на жительство' },
  place: { residence: 'по месту жительства', stay: 'по месту пребывания' },
  esignature: { simple: 'простая ЭП', qualified: 'УКЭП', none: 'не подписано' },
  resultDelivery: { paper: 'на бумаге', electronic: 'электронный документ', mfc: 'через МФЦ', epgu: 'личный кабинет ЕПГУ' },
};

const DETAIL_LABELS: Record<string, string> = {
  doseCSv: 'Доза, сЗв',
  serviceYears: 'Стаж, лет',
  serviceMonths: 'мес.',
  retired: 'На пенсии',
  pensionAgeReached: 'Пенсионный возраст',
  pensionRight: 'Право на пенсию',
  ussrAward: 'Награда СССР',
  hivInfectedMinor: 'ВИЧ, несовершеннолетний',
  deceasedFullName: 'Умерший',
  deceasedDeathDate: 'Дата смерти',
};

const yesNo = (v: unknown): string => (v === true ? 'да' : v === false ? 'нет' : '—');

const show = (v: unknown): string => {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'boolean') return yesNo(v);
  if (typeof v === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v) : v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object' && 'from' in v && 'to' in v) return `${formatDate(String((v as { from: string }).from))} – ${formatDate(String((v as { to: string }).to))}`;
  return JSON.stringify(v);
};

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : null);

// The application as the clerk took it, in words; unknown fields of other services are shown as they are.
export const ApplicationPanel = ({ payload, service }: { payload: Obj; service: Service | undefined }) => {
  const rows: [string, ReactNode][] = [];
  const categories = Array.isArray(payload.categories) ? (payload.categories as string[]) : [];
  const details = obj(payload.categoryDetails) ?? {};
  if (categories.length > 0) {
    rows.push([
      'Категории',
      <ul key="c" className="plain-list">
        {categories.map((code) => {
          const d = obj(details[code]);
          return (
            <li key={code}>
              <span className="code" title={code}>
                {code.split('_')[0]}
              </span>{' '}
              {service?.categories.find((c) => c.code === code)?.title ?? code}
              {d ? (
                <span className="muted small block">
                  {Object.entries(d)
                    .map(([k, v]) => `${DETAIL_LABELS[k] ?? k}: ${show(v)}`)
                    .join('; ')}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>,
    ]);
  }
  const plain = (key: string, label: string): void => {
    if (payload[key] === undefined) return;
    const v = payload[key];
    rows.push([label, typeof v === 'string' && VALUES[key]?.[v] ? VALUES[key][v] : show(v)]);
  };
  plain('applicantStatus', 'Статус');
  plain('identityDocumentKind', 'Документ');
  plain('place', 'Подано');
  plain('registrationShownInIdentityDocument', 'Регистрация в документе');
  const heating = obj(payload.heating);
  if (heating) rows.push(['Отопление / газ', `центральное отопление: ${yesNo(heating.centralHeating)}, газоснабжение: ${yesNo(heating.gasSupply)}`]);
  const pm = obj(payload.paymentMethod);
  if (pm) rows.push(['Выплата', pm.kind === 'bank' ? `банк: ${String(pm.bankName)}, БИК ${String(pm.bik)}, счёт ${String(pm.account)}` : `почта: ${String(pm.postOffice)}`]);
  const rep = obj(payload.representative);
  if (rep) rows.push(['Представитель', `${[rep.lastName, rep.firstName, rep.middleName].filter(Boolean).join(' ')}; ${String(rep.authorityDocument ?? '')}`]);
  if (Array.isArray(payload.documentsSupplied)) rows.push(['Сведения принёс сам', (payload.documentsSupplied as string[]).join(', ') || 'нет']);
  plain('esignature', 'Электронная подпись');
  plain('complexDependency', 'Зависит от других услуг');
  plain('resultDelivery', 'Получение результата');
  const known = new Set(['categories', 'categoryDetails', 'applicantStatus', 'identityDocumentKind', 'place', 'registrationShownInIdentityDocument', 'heating', 'paymentMethod', 'representative', 'documentsSupplied', 'esignature', 'complexDependency', 'resultDelivery']);
  for (const [k, v] of Object.entries(payload)) if (!known.has(k)) rows.push([k, show(v)]);

  return (
    <Card title="Заявление" testId="application-panel">
      <dl className="kv">
        {rows.map(([label, value]) => (
          <div key={label} className="kv__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
};
