import { z } from 'zod';

export const loginRequestSchema = z.object({
  login: z.string({ error: 'Укажите логин' }).trim().min(1, 'Укажите логин').max(100, 'Логин длиннее 100 символов'),
  password: z.string({ error: 'Укажите пароль' }).min(1, 'Укажите пароль').max(200, 'Пароль длиннее 200 символов'),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;
