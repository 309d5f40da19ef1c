import { DataSource } from 'typeorm';
import { CAPITAL_REPAIR_TEST_PARAMETERS, HOUSING_TEST_PARAMETERS } from '@casework/domain';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/auth.service';
import { AppUser, UserRole } from '../auth/user.entity';
import { Authority } from '../authorities/authority.entity';
import { seedCalendar } from '../calendar/calendar.service';
import { dataSourceOptions } from '../database/data-source-options';
import { Person } from '../persons/person.entity';

export const DEMO_PASSWORD = 'demo-password';

export const DEMO_AUTHORITIES = [
  {
    code: 'NEFTEKUMSK-USZN',
    name: 'Управление труда и социальной защиты населения администрации Нефтекумского муниципального округа Ставропольского края',
    shortName: 'УТСЗН Нефтекумского МО',
    region: 'Ставропольский край',
    timeZone: 'Europe/Moscow',
    headName: 'Е.В. Горбунова',
    deputyHeadName: 'А.С. Кузьменко',
    address: '356880, Ставропольский край, г. Нефтекумск',
  },
  {
    code: 'SOSVA-CSK',
    name: 'МКУ «Центр предоставления субсидий и компенсаций Сосьвинского городского округа»',
    shortName: 'Центр субсидий и компенсаций Сосьвинского ГО',
    region: 'Свердловская область',
    timeZone: 'Asia/Yekaterinburg',
    headName: 'Г.Н. Макаров',
    deputyHeadName: 'М.В. Семакина',
    address: '624971, Свердловская обл., пгт Сосьва, ул. Ленина, д. 2а',
  },
  {
    code: 'BELGOROD-USZN',
    name: 'Управление социальной защиты населения администрации Белгородского района',
    shortName: 'УСЗН Белгородского района',
    region: 'Белгородская область',
    timeZone: 'Europe/Moscow',
    headName: 'Н.И. Логвинова',
    deputyHeadName: 'О.А. Черкашина',
    address: '308519, Белгородская обл., пос. Северный',
  },
  {
    code: 'KRASNOGORSK-ADM',
    name: 'Администрация городского округа Красногорск Московской области',
    shortName: 'Администрация г.о. Красногорск',
    region: 'Московская область',
    timeZone: 'Europe/Moscow',
    headName: 'Д.В. Волков',
    deputyHeadName: 'Е.П. Смирнова',
    address: '143404, Московская обл., г. Красногорск, ул. Ленина, д. 4',
  },
] as const;

export const DEMO_USERS = [
  { login: 'clerk', fullName: 'Иванова Мария Сергеевна', position: 'Специалист', role: 'clerk' },
  { login: 'head', fullName: 'Петров Алексей Николаевич', position: 'Руководитель', role: 'head' },
  // checks and initials drafts (cl. 59, A5); the head approves: no one does both for one decision
  { login: 'deputy', fullName: 'Соловьёва Ирина Петровна', position: 'Заместитель главы', role: 'head' },
  { login: 'auditor', fullName: 'Смирнова Ольга Викторовна', position: 'Ведущий специалист по контролю', role: 'auditor' },
  { login: 'admin', fullName: 'Кузнецов Дмитрий Игоревич', position: 'Администратор системы', role: 'admin' },
] as const;

export const DEMO_PERSONS = [
  { snils: '11223344595', lastName: 'Соколова', firstName: 'Анна', middleName: 'Петровна', birthDate: '1958-03-14', sex: 'female' as const, registrationAddress: '624971, Свердловская обл., пгт Сосьва, ул. Ленина, д. 10, кв. 3', phone: '+7 343 000-00-01' },
  { snils: '08765430300', lastName: 'Волков', firstName: 'Игорь', middleName: 'Андреевич', birthDate: '1949-11-02', sex: 'male' as const, registrationAddress: '624971, Свердловская обл., пгт Сосьва, ул. Толмачёва, д. 5', phone: null },
  // capital-repair-compensation (Neftekumsk): an owner over 80 living alone, and one over 70 living with her husband
  { snils: '15623478979', lastName: 'Кравченко', firstName: 'Пётр', middleName: 'Иванович', birthDate: '1944-05-12', sex: 'male' as const, registrationAddress: '356880, Ставропольский край, г. Нефтекумск, ул. Ленина, д. 12, кв. 5', phone: '+7 865 580-00-01' },
  { snils: '20134876532', lastName: 'Белова', firstName: 'Нина', middleName: 'Фёдоровна', birthDate: '1954-03-20', sex: 'female' as const, registrationAddress: '356880, Ставропольский край, г. Нефтекумск, мкр. 2, д. 7, кв. 41', phone: null },
];

// Reference data every installation needs: the production calendar years shipped with the system.
export const loadReferenceData = async (ds: DataSource): Promise<number[]> => seedCalendar(ds, new AuditService());

// Demo authorities, users (password demo-password, roles in every demo authority) and applicants.
export const loadDemoData = async (ds: DataSource): Promise<void> => {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await ds.transaction(async (em) => {
    const authorities = await em.getRepository(Authority).save(DEMO_AUTHORITIES.map((a) => em.getRepository(Authority).create({ ...a })));
    for (const u of DEMO_USERS) {
      const user = await em.getRepository(AppUser).save(em.getRepository(AppUser).create({ login: u.login, fullName: u.fullName, position: u.position, passwordHash }));
      await em.getRepository(UserRole).insert(authorities.map((a) => ({ userId: user.id, authorityId: a.id, role: u.role })));
    }
    await em.getRepository(Person).save(DEMO_PERSONS.map((p) => em.getRepository(Person).create({ ...p, citizenship: 'RU', identityDocument: { kind: 'passport_ru', series: '6504', number: p.snils.slice(0, 6), issuedBy: 'ГУ МВД России по Свердловской области', issuedOn: '2010-05-20' } })));
    // §9.5 fixtures so the capital-repair calculation has a set in force in the demo; marked as not legal values (I-25)
    await em.query(`INSERT INTO service_parameter_set (service_slug, valid_from, act, "values") VALUES ('capital-repair-compensation', '2025-01-01', $1, $2)`, [
      'Демонстрационные значения (спецификация §9.5), не правовые: замените актом Правительства Ставропольского края',
      JSON.stringify(CAPITAL_REPAIR_TEST_PARAMETERS),
    ]);
    // the same for housing (A13: the regulation fixes no percentage; АСКВ stays the system of record)
    await em.query(`INSERT INTO service_parameter_set (service_slug, valid_from, act, "values") VALUES ('housing-utilities-compensation', '2025-01-01', $1, $2)`, [
      'Демонстрационные значения, не правовые: замените процентами, установленными федеральными и областными актами',
      JSON.stringify(HOUSING_TEST_PARAMETERS),
    ]);
    await new AuditService().write(em, { actorId: null, action: 'demo.loaded', entity: 'system', details: { authorities: authorities.length, users: DEMO_USERS.length } });
  });
};

// First run only: demo data goes in when there are no accounts yet; a second start keeps whatever is there.
export const loadDemoDataOnFirstRun = async (databaseUrl: string, log: (message: string) => void): Promise<void> => {
  const ds = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  try {
    const years = await loadReferenceData(ds);
    if (years.length > 0) log(`Production calendar loaded: ${years[0]}–${years[years.length - 1]}`);
    if ((await ds.getRepository(AppUser).count()) === 0 && process.env.DEMO_DATA !== 'false') {
      await loadDemoData(ds);
      log(`Demo data loaded: logins clerk, head, auditor, admin with password "${DEMO_PASSWORD}"`);
    }
  } finally {
    await ds.destroy();
  }
};
