import { describe, expect, it } from '@jest/globals';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import type { PersonalFile } from '../../../types/api';
import { changedAfter } from './person-history';
import { PersonFileView } from './person-file-view';

const ID = '2d3e4f50-6172-4839-a4b5-c6d7e8f90a1b';
const SON = '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d';

// Лебедева became Гусева on 23.10.2025 (Moscow); her son's link holds from his birth.
const file = (over: Partial<PersonalFile> = {}): PersonalFile => ({
  person: { id: ID, snils: null, lastName: 'Гусева', firstName: 'Софья', middleName: 'Андреевна', birthDate: '1975-12-12', sex: 'female', citizenship: 'RU', identityDocument: null, registrationAddress: 'пгт Сосьва, ул. Мира, 1', actualAddress: null, phone: null, email: null, version: 2 },
  mergedInto: null,
  changes: [{ changedAt: '2025-10-22T23:30:00.000Z', changedBy: 'Иванова Мария Сергеевна', changes: { lastName: { from: 'Лебедева', to: 'Гусева' } }, basis: 'свидетельство о браке' }],
  cases: [],
  family: [
    {
      id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
      relation: 'child',
      relationTitle: 'Ребёнок',
      recordedRelation: 'child',
      side: 'person',
      relative: { id: SON, lastName: 'Гусев', firstName: 'Пётр', middleName: null, birthDate: '2010-01-01', mergedIntoId: null },
      validFrom: '2010-01-01',
      validTo: null,
      basis: 'свидетельство о рождении',
      endBasis: null,
      createdBy: 'Иванова Мария Сергеевна',
      createdAt: '2025-10-20T07:00:00.000Z',
      endedBy: null,
      endedAt: null,
      version: 1,
      active: true,
    },
  ],
  merges: [],
  decisions: [],
  documents: [],
  ...over,
});

const render = (f: PersonalFile, roles: { canEdit: boolean; canMerge: boolean } = { canEdit: true, canMerge: true }): string =>
  renderToStaticMarkup(
    createElement(
      MemoryRouter,
      null,
      createElement(PersonFileView, { file: f, ...roles, onEdit: () => undefined, onMerge: () => undefined, onResetAsOf: () => undefined, onChanged: () => undefined }),
    ),
  );

describe('personal file as of a past date', () => {
  it('should mark the historical view and offer no change, no merge and no new link', () => {
    const html = render(file({ asOf: '2025-10-22', existedAsOf: true, person: { ...file().person, lastName: 'Лебедева' } }));
    expect(html).toContain('data-testid="as-of-banner"');
    expect(html).toContain('Исторический вид: сведения на конец дня 22.10.2025');
    expect(html).toContain('Изменение сведений в этом режиме недоступно');
    expect(html).not.toContain('>Изменить<');
    expect(html).not.toContain('Объединить с дублем');
    expect(html).not.toContain('Добавить связь');
    expect(html).not.toContain('>Прекратить<');
    expect(html).toContain('Связи, действовавшие на 22.10.2025');
    // the change made after that day is marked in the history
    expect(html).toContain('data-later="true"');
    expect(html).toContain('после выбранной даты');
  });

  it('should say when the file did not exist yet on the day', () => {
    expect(render(file({ asOf: '2025-10-01', existedAsOf: false }))).toContain('На эту дату личного дела ещё не было');
  });

  it('should offer the changes to a clerk and the merge to an admin on the current view', () => {
    const html = render(file());
    expect(html).not.toContain('as-of-banner');
    expect(html).toContain('>Изменить<');
    expect(html).toContain('Объединить с дублем');
    expect(html).toContain('+ Добавить связь');
    expect(html).toContain('>Прекратить<');
    expect(html).not.toContain('data-later="true"');
    expect(render(file(), { canEdit: false, canMerge: false })).not.toContain('Объединить с дублем');
  });

  it('should keep a merged file read-only and lead to the file that took its place', () => {
    const html = render(file({ mergedInto: { id: SON, lastName: 'Гусева', firstName: 'Софья', middleName: null, birthDate: '1975-12-12' } }));
    expect(html).toContain('Личное дело объединено с другим');
    expect(html).toContain(`href="/persons/${SON}"`);
    expect(html).not.toContain('>Изменить<');
  });

  it('should count the day of a change in Moscow time', () => {
    // 22.10.2025 23:30 UTC is 23.10.2025 02:30 in Moscow
    expect(changedAfter('2025-10-22T23:30:00.000Z', '2025-10-22')).toBe(true);
    expect(changedAfter('2025-10-22T23:30:00.000Z', '2025-10-23')).toBe(false);
    expect(changedAfter('2025-10-22T20:59:59.000Z', '2025-10-22')).toBe(false);
  });
});
