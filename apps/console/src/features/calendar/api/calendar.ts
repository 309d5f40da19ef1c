import type { CalendarDayUpdate } from '@casework/domain';
import { api, queryString } from '../../../lib/api-client';
import type { CalendarDay } from '../../../types/api';

export const yearsPath = '/calendar/years';
export const yearPath = (year: number): string => `/calendar/years/${year}`;

export const updateDay = (date: string, body: CalendarDayUpdate): Promise<CalendarDay> => api<CalendarDay>(`/calendar/days/${date}`, { method: 'PUT', body });

export const importYear = (xml: string): Promise<{ year: number; days: number }> => api('/calendar/years/import', { method: 'POST', body: { xml } });

export const nthWorkingDay = (from: string, days: number): Promise<{ from: string; days: number; date: string }> => api(`/calendar/working-days${queryString({ from, days })}`);
