// A statutory term as data (ARCHITECTURE 3.1). Codes (T05, T20…) are the spec's.
export type TermUnit = 'working_days' | 'calendar_days' | 'hours' | 'minutes' | 'months';

export type TermDefinition = {
  id: string;
  title: string;
  length: number;
  unit: TermUnit;
  // 'next_day': the day of the start event is not counted (Civil Code art. 191); 'same_day': it is.
  countFrom: 'next_day' | 'same_day';
  // calendar-day and month terms: a last day that is not a working day moves to the next working day (Civil Code art. 193)
  rollForward?: boolean;
  // workflow events that start, stop, pause, resume, restart the clock
  startsOn: string[];
  // start only when the start event moves the case into one of these states (T23: a grant approval, not a refusal)
  startsInto?: string[];
  endsOn: string[];
  // the clock stands still between a pause event and a resume event (rework: the days used before the pause, the
  // pause day included, are kept; the rest counts from the day after the resume)
  pausesOn?: string[];
  resumesOn?: string[];
  // a pause longer than this is credited only up to it: the clock resumes by itself after N working days (rework: 5)
  maxPauseWorkingDays?: number;
  // the clock starts afresh, full length, from the day of this event (missing documents received)
  restartsOn?: string[];
  // one extension on a ground of kind 'extend': +N working days added to the original due date
  extension?: { on: string[]; workingDays: number };
  // whatever pauses and extensions do, the term ends no later than N working days after its start (the 30-day maximum)
  ceilingWorkingDays?: number;
  // events after which the term no longer applies (T10 once the application is registered, not refused)
  cancelsOn?: string[];
  // this term is due no later than the due date of another term plus N working days (T22: the earlier of the two limits)
  notLaterThan?: { termId: string; plusWorkingDays: number };
  // only for cases whose channel is one of these
  channels?: string[];
  clause: string;
  note?: string;
};
