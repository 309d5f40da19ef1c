import type { LocalDate } from '../common/local-date';
import { termStatus, type TermStatusResult } from './term-status';
import { seedCalendar } from '../../test/seed-calendar';

const calendar = seedCalendar([2025, 2026]);

describe('termStatus', () => {
  it.each<[string, { dueDate: LocalDate; today: LocalDate; completedOn?: LocalDate | null }, TermStatusResult]>([
    ['the due date is three working days ahead', { dueDate: '2025-05-19', today: '2025-05-14' }, { status: 'open', workingDaysLeft: 3 }],
    ['only the May holidays lie between today and the due date', { dueDate: '2025-05-05', today: '2025-04-30' }, { status: 'open', workingDaysLeft: 1 }],
    ['the New Year break lies between today and the due date', { dueDate: '2026-01-13', today: '2025-12-30' }, { status: 'open', workingDaysLeft: 2 }],
    ['today is the due date', { dueDate: '2025-05-19', today: '2025-05-19' }, { status: 'due_today', workingDaysLeft: 0 }],
    ['the due date passed one working day ago', { dueDate: '2025-05-19', today: '2025-05-20' }, { status: 'overdue', workingDaysLeft: -1 }],
    ['the due date passed before the May holidays', { dueDate: '2025-04-30', today: '2025-05-06' }, { status: 'overdue', workingDaysLeft: -2 }],
    ['the due date was Friday and today is Saturday', { dueDate: '2025-05-16', today: '2025-05-17' }, { status: 'overdue', workingDaysLeft: -1 }],
    ['the end event came two working days early', { dueDate: '2025-05-19', today: '2025-05-30', completedOn: '2025-05-15' }, { status: 'met', workingDaysLeft: 2 }],
    ['the end event came on the due date', { dueDate: '2025-05-19', today: '2025-05-30', completedOn: '2025-05-19' }, { status: 'met', workingDaysLeft: 0 }],
    ['the end event came two working days late', { dueDate: '2025-05-19', today: '2025-05-30', completedOn: '2025-05-21' }, { status: 'breached', workingDaysLeft: -2 }],
    ['the end event came on the Saturday after a Friday due date', { dueDate: '2025-05-16', today: '2025-05-30', completedOn: '2025-05-17' }, { status: 'breached', workingDaysLeft: -1 }],
    ['completedOn is null (still running)', { dueDate: '2025-05-19', today: '2025-05-16', completedOn: null }, { status: 'open', workingDaysLeft: 1 }],
  ])('should give the status when %s', (_, input, expected) => {
    expect(termStatus({ calendar, ...input })).toEqual(expected);
  });
});
