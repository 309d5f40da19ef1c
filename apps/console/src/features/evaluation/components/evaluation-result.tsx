import { formatRubles } from '@casework/domain';
import { Badge } from '../../../components/badge';
import { formatDate } from '../../../lib/format';
import type { EvaluationResult, ExplanationStep } from '../../../types/api';

// the names of the rules' inputs as the console shows them; an unknown one is shown by its name
const INPUT_LABELS: Record<string, string> = {
  act: 'акт',
  age: 'возраст',
  ageThen: 'возраст на ту дату',
  agreement: 'соглашение о погашении',
  amount: 'сумма',
  applicantDisability: 'инвалидность заявителя',
  areaBasisStrategy: 'учет стандарта площади',
  asOf: 'дата применения',
  atDwellingAddress: 'регистрация по адресу помещения',
  baseKopecks: 'база, коп.',
  basis: 'база расчета',
  benefitPercent: 'размер льготы, %',
  birthDate: 'дата рождения',
  candidates: 'варианты',
  category: 'категория',
  categoriesMet: 'подтвержденные категории',
  chargesMonth: 'месяц начислений',
  chargesReceived: 'начисления получены',
  costKopecks: 'стоимость, коп.',
  courtDebtExists: 'задолженность по судебному акту',
  date: 'дата',
  debtExists: 'задолженность',
  deceasedFullName: 'умерший',
  declaredCategory: 'указанная категория',
  detainedOn: 'дата задержания',
  documentsComplete: 'документы в полном объеме',
  documentsReliable: 'документы достоверны',
  doseCSv: 'доза, сЗв',
  dwellingAddress: 'адрес помещения',
  eightiethBirthday: '80-летие',
  familyMembersKnown: 'члены семьи',
  hivInfectedMinor: 'ВИЧ, несовершеннолетний',
  householdMembers: 'члены семьи',
  inTerritory: 'регистрация на территории',
  labourVeteranStatus: 'статус ветерана труда',
  linkedDeceased: 'связь с умершим',
  livesInDistrict: 'проживает в округе',
  month: 'месяц',
  notEstablished: 'не установлено',
  on: 'на дату',
  otherMeasure: 'иная мера',
  owner: 'собственник',
  percent: 'процент',
  periodFrom: 'период с',
  periodTo: 'период по',
  place: 'место обращения',
  problem: 'замечание',
  problems: 'замечания',
  receivesAtResidence: 'получает по месту жительства',
  receivesOtherMeasure: 'получает иную меру',
  referenceMonth: 'расчетный месяц',
  registeredOn: 'дата регистрации',
  registeredPersons: 'зарегистрировано',
  registrationAddress: 'адрес регистрации',
  retired: 'на пенсии',
  rulesVersion: 'версия правил',
  serviceMonths: 'стаж, мес.',
  serviceYears: 'стаж, лет',
  sex: 'пол',
  share: 'доля',
  statusAcquiredOn: 'статус получен',
  submittedOn: 'дата подачи',
  validFrom: 'действует с',
  validTo: 'действует по',
};

const shown = (v: ExplanationStep['inputs'][string]): string => {
  if (v === null) return '—';
  if (typeof v === 'boolean') return v ? 'да' : 'нет';
  if (Array.isArray(v)) return v.length > 0 ? v.join(', ') : '—';
  return String(v);
};

const resultText = (r: ExplanationStep['result']): { text: string; tone: string } =>
  r === true ? { text: 'выполнено', tone: 'success' } : r === false ? { text: 'не выполнено', tone: 'danger' } : { text: String(r), tone: 'info' };

// What the rules say and why: the outcome, the grounds with their clauses, the amount with its figures and the act
// that set them, then every rule with its clause, inputs and result.
export const EvaluationResultView = ({ result }: { result: EvaluationResult }) => (
  <section className="evaluation" aria-label="Результат расчета по правилам" data-testid="evaluation-result">
    <div className="evaluation__head">
      <Badge tone={result.outcome === 'grant' ? 'success' : 'danger'}>{result.outcomeTitle}</Badge>
      {result.amount !== undefined ? (
        <strong className="evaluation__amount" data-testid="evaluation-amount">
          {formatRubles(result.amount)} в месяц
        </strong>
      ) : result.outcome === 'grant' ? (
        <span className="muted">Размер не рассчитан: нет параметров расчета, действующих на дату, или недостаточно сведений</span>
      ) : null}
      {result.period ? <span className="muted">с {formatDate(result.period.from)}</span> : null}
    </div>
    {result.grounds.length > 0 ? (
      <ul className="plain-list" aria-label="Основания отказа">
        {result.grounds.map((g) => (
          <li key={g.code}>
            <span className="code">{g.code}</span> {g.title} <span className="muted small">({g.clause})</span>
          </li>
        ))}
      </ul>
    ) : null}
    {result.calculation && result.calculation.length > 0 ? (
      <table className="table table--compact" aria-label="Расчет">
        <tbody>
          {result.calculation.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    ) : null}
    {result.parameters ? (
      <p className="muted small">
        Параметры расчета: {result.parameters.act}, действуют с {formatDate(result.parameters.validFrom)}
        {result.parameters.validTo ? ` по ${formatDate(result.parameters.validTo)}` : ''}.
      </p>
    ) : null}
    <details className="evaluation__explanation" open>
      <summary>Пояснение: правила и пункты регламента ({result.explanation.length})</summary>
      <table className="table table--compact">
        <thead>
          <tr>
            <th scope="col">Правило</th>
            <th scope="col">Пункт</th>
            <th scope="col">Сведения</th>
            <th scope="col">Итог</th>
          </tr>
        </thead>
        <tbody>
          {result.explanation.map((step, i) => {
            const r = resultText(step.result);
            return (
              <tr key={i}>
                <td>{step.rule}</td>
                <td className="nowrap">{step.clause}</td>
                <td className="small">
                  {Object.entries(step.inputs)
                    .map(([k, v]) => `${INPUT_LABELS[k] ?? k}: ${shown(v)}`)
                    .join('; ')}
                </td>
                <td>
                  <Badge tone={r.tone}>{r.text}</Badge>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
    <p className="muted small">
      Правила: {result.rulesVersion}; применены на {formatDate(result.asOf)}.
    </p>
  </section>
);
