import type { LocalDate } from '../common/local-date';
import type { ProductionCalendar } from '../calendar/production-calendar';
import type { ComplaintConfig } from '../services/service-definition';
import { computeDue } from '../terms/compute-due';
import type { TermDefinition } from '../terms/term-definition';
import { COMPLAINT_SUBJECT_TITLES, SHORT_TERM_SUBJECTS, type ComplaintSubject } from './complaint.schema';

// 210-FZ art. 11.2 parts 6 and 8, for services whose regulation names no terms of its own.
export const COMPLAINT_DEFAULTS: ComplaintConfig = {
  standardWorkingDays: 15,
  shortWorkingDays: 5,
  replyWorkingDays: 1,
  clause: 'ч. 6, 8 ст. 11.2 Федерального закона от 27.07.2010 № 210-ФЗ',
  bodies: [
    { code: 'AUTHORITY', title: 'Орган, предоставляющий услугу, его должностные лица, служащие' },
    { code: 'MFC', title: 'МФЦ, работник МФЦ' },
  ],
};

export const isShortTermSubject = (subject: ComplaintSubject): boolean => SHORT_TERM_SUBJECTS.includes(subject);

export const complaintReviewTerm = ({ subject, config }: { subject: ComplaintSubject; config: ComplaintConfig }): TermDefinition => {
  const short = isShortTermSubject(subject);
  return {
    id: 'COMPLAINT_REVIEW',
    title: 'Рассмотрение жалобы',
    length: short ? config.shortWorkingDays : config.standardWorkingDays,
    unit: 'working_days',
    // "со дня её регистрации": Civil Code art. 191, the day after registration is the first day
    countFrom: 'next_day',
    startsOn: ['complaint_registered'],
    endsOn: ['complaint_decided'],
    clause: config.clause,
  };
};

export const complaintReplyTerm = ({ config }: { config: ComplaintConfig }): TermDefinition => ({
  id: 'COMPLAINT_REPLY',
  title: 'Направление мотивированного ответа заявителю',
  length: config.replyWorkingDays,
  unit: 'working_days',
  // "не позднее дня, следующего за днём принятия решения"
  countFrom: 'next_day',
  startsOn: ['complaint_decided'],
  endsOn: ['complaint_reply_sent'],
  clause: config.clause,
});

export type ComputedComplaintTerm = {
  termId: 'COMPLAINT_REVIEW' | 'COMPLAINT_REPLY';
  title: string;
  length: number;
  clause: string;
  startedOn: LocalDate;
  dueDate: LocalDate;
  explanation: string;
};

export type ComplaintTerms = { review: ComputedComplaintTerm; reply: ComputedComplaintTerm | null };

const computed = ({ term, start, calendar, basis }: { term: TermDefinition; start: LocalDate; calendar: ProductionCalendar; basis: string }): ComputedComplaintTerm => {
  // working-day terms never look at the time zone; the legal date is already the authority's
  const due = computeDue({ term, start: { date: start }, calendar, timeZone: 'UTC' });
  return {
    termId: term.id as ComputedComplaintTerm['termId'],
    title: term.title,
    length: term.length,
    clause: term.clause,
    startedOn: start,
    dueDate: due.dueDate,
    explanation: `${basis}: ${due.explanation} (${term.clause})`,
  };
};

// The review term from the registration day and, once decided, the reply term from the decision day.
export const complaintTerms = ({
  subject,
  config = COMPLAINT_DEFAULTS,
  registeredOn,
  decidedOn = null,
  calendar,
}: {
  subject: ComplaintSubject;
  config?: ComplaintConfig;
  registeredOn: LocalDate;
  decidedOn?: LocalDate | null;
  calendar: ProductionCalendar;
}): ComplaintTerms => {
  const short = isShortTermSubject(subject);
  const reviewBasis = short
    ? `Сокращённый срок рассмотрения — обжалуется: ${COMPLAINT_SUBJECT_TITLES[subject].toLowerCase()}`
    : 'Срок рассмотрения жалобы со дня её регистрации';
  const review = computed({ term: complaintReviewTerm({ subject, config }), start: registeredOn, calendar, basis: reviewBasis });
  const reply = decidedOn === null ? null : computed({ term: complaintReplyTerm({ config }), start: decidedOn, calendar, basis: 'Мотивированный ответ — не позднее дня, следующего за днём принятия решения' });
  return { review, reply };
};
