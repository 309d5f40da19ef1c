import { z } from 'zod';
import { localDateSchema } from '../common/local-date';

export const workingDaysQuerySchema = z.object({
  from: z.string({ error: 'Укажите дату from в формате ГГГГ-ММ-ДД' }).pipe(localDateSchema),
  days: z
    .string({ error: 'Укажите число рабочих дней days' })
    .regex(/^\d{1,4}$/, 'days должно быть целым числом от 0 до 3650')
    .transform(Number)
    .pipe(z.number().int().min(0).max(3650, 'days должно быть целым числом от 0 до 3650')),
});
export type WorkingDaysQuery = z.infer<typeof workingDaysQuerySchema>;

export const calendarDayUpdateSchema = z.object({
  // 'default': back to the ordinary rule (weekday working, Saturday and Sunday off)
  kind: z.enum(['holiday', 'day_off', 'short', 'working', 'default'], { error: 'Выберите вид дня' }),
  holidayTitle: z.string().trim().max(200).optional().nullable(),
});
export type CalendarDayUpdate = z.infer<typeof calendarDayUpdateSchema>;

export const calendarImportSchema = z.object({
  xml: z.string({ error: 'Приложите XML-файл календаря' }).min(20, 'Файл календаря пуст').max(200_000, 'Файл календаря слишком велик'),
});
export type CalendarImport = z.infer<typeof calendarImportSchema>;
