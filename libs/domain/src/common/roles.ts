import { z } from 'zod';

export const roleSchema = z.enum(['clerk', 'head', 'auditor', 'admin']);
export type Role = z.infer<typeof roleSchema>;

export const ROLE_NAMES: Record<Role, string> = {
  clerk: 'Специалист',
  head: 'Руководитель',
  auditor: 'Контроль (аудитор)',
  admin: 'Администратор',
};
