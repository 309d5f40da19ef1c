import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { localDateTimeIn, type LocalDate } from '@casework/domain';
import { Clock } from '../common/clock';
import { InteragencyGateway, type InteragencyAnswer, type InteragencyOutgoing } from './interagency.gateway';

type Registry = Record<string, Record<string, Record<string, unknown>>>;

// Seeded registries of the simulated agencies, keyed by SNILS then by data kind (D1…D7).
// Unknown persons get a plain "no records" answer, as a real agency would give.
export const SIMULATED_REGISTRY: Registry = {
  '11223344595': {
    D1: { hasRight: true, basis: 'Удостоверение ветерана труда серии ВТ № 123456 от 12.03.2010', ownership: 'собственность, выписка ЕГРН от 01.02.2024' },
    D2: { registered: true, address: '624971, Свердловская обл., пгт Сосьва, ул. Ленина, д. 10, кв. 3', since: '2001-05-14' },
    D3: { persons: [{ name: 'Заявитель', kinship: 'заявитель', registration: 'по месту жительства', since: '2001-05-14' }], area: 54.2, living: 'квартира', stock: 'частный' },
    D4: { charged: 612345, paid: 612345, debt: 0, referenceMonthNote: 'за месяц, предшествующий месяцу обращения' },
    D5: { centralHeating: true, gas: true },
    D6: { solidFuelExpenses: 0 },
    D7: { receivesAtResidence: false },
  },
  // capital-repair-compensation (spec §4.2, MV-1…MV-10)
  '15623478979': {
    'MV-1': { snils: '156-234-789 79' },
    'MV-2': { working: false, members: [] },
    'MV-3': { owner: true, share: '1/1', totalAreaM2: 41.7, address: '356880, Ставропольский край, г. Нефтекумск, ул. Ленина, д. 12, кв. 5', apartmentBuilding: true },
    'MV-7': { lift: true, managementOrganisation: 'ООО «УК Нефтекумск»' },
    'MV-8': { records: [] },
    'MV-9': { courtConfirmedDebt: false },
    'MV-10': { registeredAtResidence: true, address: '356880, Ставропольский край, г. Нефтекумск, ул. Ленина, д. 12, кв. 5', since: '1987-09-01', coRegistered: [] },
  },
  '20134876532': {
    'MV-1': { snils: '201-348-765 32' },
    'MV-2': { working: false, members: [{ name: 'Белов Виктор Семёнович', working: false }] },
    'MV-3': { owner: true, share: '1/2', totalAreaM2: 58.4, address: '356880, Ставропольский край, г. Нефтекумск, мкр. 2, д. 7, кв. 41', apartmentBuilding: true },
    'MV-4': { members: [{ name: 'Белов Виктор Семёнович', disabilityGroup: null }] },
    'MV-7': { lift: false },
    'MV-8': { records: [{ kind: 'marriage', date: '1975-06-14' }] },
    'MV-9': { courtConfirmedDebt: false },
    'MV-10': { registeredAtResidence: true, address: '356880, Ставропольский край, г. Нефтекумск, мкр. 2, д. 7, кв. 41', since: '1992-03-02', coRegistered: [{ name: 'Белов Виктор Семёнович', birthDate: '1950-01-11' }] },
  },
};

export const SIMULATOR_BEHAVIOURS = ['answer', 'late', 'silent', 'incomplete', 'fail'] as const;
export type SimulatorBehaviour = (typeof SIMULATOR_BEHAVIOURS)[number];

@Injectable()
export class InteragencySimulator extends InteragencyGateway {
  constructor(private readonly clock: Clock) {
    super();
  }

  // per data kind: 'late' answers only after the answer term, 'silent' never, 'incomplete' without part of the data
  private readonly behaviour = new Map<string, SimulatorBehaviour>();

  setBehaviour(kind: string, behaviour: SimulatorBehaviour): void {
    if (behaviour === 'answer') this.behaviour.delete(kind);
    else this.behaviour.set(kind, behaviour);
  }

  behaviours(): Record<string, SimulatorBehaviour> {
    return Object.fromEntries(this.behaviour);
  }

  async send(request: InteragencyOutgoing): Promise<{ externalId: string }> {
    const externalId = `SIM-${createHash('sha256').update(`${request.number}|${request.kind}`).digest('hex').slice(0, 16)}`;
    return { externalId };
  }

  // stateless: the answer depends only on the request, so it survives restarts
  async fetch(request: InteragencyOutgoing & { externalId: string; dueDate: LocalDate }): Promise<InteragencyAnswer> {
    const behaviour = this.behaviour.get(request.kind) ?? 'answer';
    if (behaviour === 'silent') return { status: 'pending' };
    if (behaviour === 'fail') return { status: 'failed', reason: 'Ведомство вернуло ошибку (симулятор)' };
    // late: nothing until the answer term has passed (in Moscow time, as СМЭВ keeps it)
    if (behaviour === 'late' && localDateTimeIn(this.clock.now(), 'Europe/Moscow').date <= request.dueDate) return { status: 'pending' };
    const entry = request.subject.snils ? SIMULATED_REGISTRY[request.subject.snils]?.[request.kind] : undefined;
    if (behaviour === 'incomplete') {
      const [first, ...rest] = Object.keys(entry ?? {});
      return { status: 'incomplete', answer: { found: entry !== undefined, ...(first && entry ? { [first]: entry[first] } : {}) }, missing: rest.length > 0 ? rest : ['сведения'] };
    }
    return { status: 'answered', answer: entry ? { found: true, ...entry } : { found: false, note: 'Сведения не найдены' } };
  }
}
