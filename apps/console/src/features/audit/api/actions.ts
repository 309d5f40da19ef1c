// Russian names of audit actions and objects; an unknown code falls back to the service's event title, then to the code.
export const ACTION_TITLES: Record<string, string> = {
  'auth.login': 'Вход в систему',
  'auth.login_failed': 'Неудачная попытка входа',
  'auth.locked': 'Блокировка учётной записи',
  'person.create': 'Создание личного дела',
  'person.read': 'Просмотр личного дела',
  'person.update': 'Изменение личного дела',
  'case.intake': 'Приём заявления',
  'case.register': 'Регистрация заявления',
  'case.refuse_acceptance': 'Отказ в приёме документов',
  'case.return_documents': 'Возврат документов заявителю',
  'case.send_interagency_requests': 'Направление межведомственных запросов',
  'case.interagency_completed': 'Получены ответы на межведомственные запросы',
  'case.reask_interagency': 'Повторный межведомственный запрос',
  'case.request_missing_documents': 'Запрос недостающих документов',
  'case.start_review': 'Начало рассмотрения',
  'case.extend_term': 'Продление срока',
  'case.draft_decision': 'Подготовка проекта решения',
  'case.sign_draft': 'Подписание проекта решения',
  'case.return_for_rework': 'Возврат на доработку',
  'case.approve_decision': 'Утверждение решения',
  'case.send_copy': 'Направление копии решения',
  'case.mark_notice_sent': 'Отметка о направлении уведомления',
  'case.setup_payment': 'Организация выплаты',
  'case.change_payment_details': 'Изменение реквизитов выплаты',
  'case.withdraw': 'Отзыв заявления',
  'case.withdraw_application': 'Отзыв заявления',
  'case.register_correction_request': 'Регистрация заявления об исправлении опечаток',
  'case.notify_no_error': 'Уведомление об отсутствии опечаток',
  'case.draft_correction': 'Подготовка исправленного решения',
  'case.replace_decision': 'Замена решения',
  'case.send_corrected_decision': 'Направление исправленного решения',
  'case.close': 'Закрытие дела',
  'calendar.day_changed': 'Изменение дня производственного календаря',
  'calendar.year_imported': 'Загрузка производственного календаря',
  'audit.verify': 'Проверка целостности журнала',
  'jobs.terms_sweep': 'Проверка сроков',
  'jobs.expiry_failed': 'Автоматическое действие по истекшему сроку не выполнено',
  'channel_key.created': 'Выпуск ключа канала приёма',
  'channel_key.seeded': 'Ключ канала приёма из настроек',
  'channel_key.revoked': 'Отзыв ключа канала приёма',
  'user.technical_created': 'Создание технического пользователя',
  'demo.loaded': 'Загрузка демонстрационных данных',
};

export const ENTITY_TITLES: Record<string, string> = {
  case: 'Дело',
  person: 'Гражданин',
  decision: 'Решение',
  app_user: 'Пользователь',
  calendar_day: 'День календаря',
  calendar_year: 'Календарь на год',
  audit_log: 'Журнал аудита',
  system: 'Система',
};

// Groups offered in the action filter: the API takes a trailing * as "every action starting with".
export const ACTION_GROUPS: { value: string; label: string }[] = [
  { value: 'case.*', label: 'Все действия по делам' },
  { value: 'person.*', label: 'Все действия с личными делами' },
  { value: 'auth.*', label: 'Все входы в систему' },
  { value: 'calendar.*', label: 'Все изменения календаря' },
];

export const actionTitle = (code: string, eventTitles?: ReadonlyMap<string, string>): string =>
  ACTION_TITLES[code] ?? (code.startsWith('case.') ? eventTitles?.get(code.slice('case.'.length)) : undefined) ?? code;

export const entityTitle = (entity: string): string => ENTITY_TITLES[entity] ?? entity;

const scalar = (value: unknown): string => {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
};

// Details of a row as short "key: value" pairs for the table.
export const detailPairs = (details: Record<string, unknown> | null | undefined): { key: string; value: string }[] =>
  Object.entries(details ?? {}).map(([key, value]) => ({ key, value: scalar(value) }));
