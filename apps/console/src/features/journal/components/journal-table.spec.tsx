import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import type { Journal } from '../api/journal';
import { JournalTable } from './journal-table';

const journal = (entries: Journal['entries']): Journal => ({
  authority: { id: 'a1', name: 'УТСЗН Нефтекумского МО' },
  service: { slug: 'capital-repair-compensation', title: 'Компенсация взноса', journalTitle: 'Журнал регистрации заявлений' },
  from: '2025-10-01',
  to: '2025-10-31',
  firstLineNumber: 41,
  entries,
});

describe('the journal of registration', () => {
  it('should number the lines on from the year, link the case and print the decision with its grounds', () => {
    const html = renderToStaticMarkup(
      <MemoryRouter>
        <JournalTable
          journal={journal([
            { caseId: 'c1', number: '41/2025', registeredOn: '2025-10-06', registeredAt: '10:42', applicantName: 'Кравченко Пётр Иванович', address: 'г. Нефтекумск', categories: [{ code: 'A80_ALONE', title: '80+' }], channel: { code: 'IN_PERSON', title: 'Лично' }, acceptedBy: 'Иванова И. И.', stateTitle: 'Отказано', decision: { kind: 'refuse', number: '7-р/2025', date: '2025-10-15', grounds: ['REF-06'] } },
            { caseId: 'c2', number: '42/2025', registeredOn: '2025-10-07', registeredAt: '09:05', applicantName: 'Белова Нина Фёдоровна', address: null, categories: [], channel: { code: 'EPGU', title: 'ЕПГУ' }, acceptedBy: null, stateTitle: 'На рассмотрении', decision: null },
          ])}
        />
      </MemoryRouter>,
    );
    expect(html).toMatch(/<td>41<\/td><td><a href="\/cases\/c1"[^>]*>41\/2025<\/a><\/td>/);
    expect(html).toContain('<td>42</td>');
    expect(html).toContain('06.10.2025 10:42');
    expect(html).toContain('отказано, № 7-р/2025 от 15.10.2025 (REF-06)');
    // no decision yet: the state of the case
    expect(html).toContain('На рассмотрении');
  });

  it('should say so when nothing was registered in the period', () => {
    expect(renderToStaticMarkup(<JournalTable journal={journal([])} />)).toContain('За период заявлений не зарегистрировано.');
  });
});
