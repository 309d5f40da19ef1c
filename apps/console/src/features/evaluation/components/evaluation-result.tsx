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
  alreadyCompensatedForAnotherDwellingOrCategory: 'уже компенсируется по другому помещению или категории',
  amount: 'сумма',
  apartmentBuilding: 'многоквартирный дом',
  applicantDisability: 'инвалидность заявителя',
  applicantWorking: 'заявитель работает',
  areaBasisM2: 'площадь для расчета, м²',
  areaBasisStrategy: 'учет стандарта площади',
  arrivedFrom: 'прибыл из',
  asOf: 'дата применения',
  atDwellingAddress: 'регистрация по адресу помещения',
  baseKopecks: 'база, коп.',
  basis: 'база расчета',
  benefitPercent: 'размер льготы, %',
  birthDate: 'дата рождения',
  candidates: 'варианты',
  categoriesMet: 'подтвержденные категории',
  category: 'категория',
  chargedKopecks: 'начислено, коп.',
  chargesMonth: 'месяц начислений',
  chargesReceived: 'начисления получены',
  claimsC34: 'заявлена C34',
  conditionsChecked: 'проверенные условия',
  costKopecks: 'стоимость, коп.',
  countedLength: 'засчитанный период',
  courtDebtExists: 'задолженность по судебному акту',
  date: 'дата',
  debtExists: 'задолженность',
  deceasedFullName: 'умерший',
  declaredApartmentBuilding: 'указано: многоквартирный дом',
  declaredCategory: 'указанная категория',
  declaredInStavropolKrai: 'указано: Ставропольский край',
  declaredOtherSupport: 'указано: иная мера',
  detainedOn: 'дата задержания',
  disabilityGroup: 'группа инвалидности',
  documentsComplete: 'документы в полном объеме',
  documentsReliable: 'документы достоверны',
  doseCSv: 'доза, сЗв',
  dwellingAddress: 'адрес помещения',
  eightiethBirthday: '80-летие',
  familyMembersKnown: 'члены семьи',
  formedWithinLast3Years: 'образовалась за последние 3 года',
  historicalGroup: 'историческая группа',
  hivInfectedMinor: 'ВИЧ, несовершеннолетний',
  householdMembers: 'члены семьи',
  householdSize: 'состав семьи',
  householdStandardM2: 'стандарт площади семьи, м²',
  inStavropolKrai: 'в Ставропольском крае',
  inTerritory: 'регистрация на территории',
  labourVeteranStatus: 'статус ветерана труда',
  linkedDeceased: 'связь с умершим',
  linkedMembers: 'связанные члены семьи',
  livesInDistrict: 'проживает в округе',
  month: 'месяц',
  notEstablished: 'не установлено',
  on: 'на дату',
  otherMeasure: 'иная мера',
  owner: 'собственник',
  ownRule: 'свой процент категории',
  parameterSets: 'наборы параметров',
  pensionAge400FZ: 'пенсионный возраст (400-ФЗ)',
  pensionAge400FZReachedOn: 'пенсионный возраст (400-ФЗ) достигнут',
  percent: 'процент',
  periodFrom: 'период с',
  periodTo: 'период по',
  personsCounted: 'учтено лиц',
  place: 'место обращения',
  problem: 'замечание',
  problems: 'замечания',
  rateKopecksPerM2: 'тариф, коп./м²',
  reachedPensionAge2018: 'достиг 60/55 лет',
  reachedPensionAge400FZ: 'достиг пенсионного возраста (400-ФЗ)',
  rearServiceOnly: 'только служба в тылу',
  receivesAtResidence: 'получает по месту жительства',
  receivesMeasureIncludingCompensation: 'получает меру с компенсацией взноса',
  receivesOtherMeasure: 'получает иную меру',
  referenceMonth: 'расчетный месяц',
  registeredOn: 'дата регистрации',
  registeredPersons: 'зарегистрировано',
  registrationAddress: 'адрес регистрации',
  retired: 'на пенсии',
  rightConfirmedByD1: 'право подтверждено (D1)',
  rulesVersion: 'версия правил',
  serviceMonths: 'стаж, мес.',
  serviceYears: 'стаж, лет',
  sex: 'пол',
  share: 'доля',
  shareAreaM2: 'площадь по доле, м²',
  standardM2: 'стандарт площади, м²',
  statusAcquiredOn: 'статус получен',
  stayRegistrants: 'зарегистрированы по месту пребывания',
  storedSets: 'сохраненные наборы',
  submittedOn: 'дата подачи',
  totalAreaM2: 'общая площадь, м²',
  ussrAward: 'награда СССР',
  validFrom: 'действует с',
  validTo: 'действует по',
  windowFrom: 'период с',
  windowTo: 'период по',
  working: 'работает',
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
