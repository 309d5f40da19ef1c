// How a notice or a decision reaches the applicant (ARCHITECTURE 4: notice).
export const NOTICE_DELIVERIES = ['in_person', 'post', 'mfc', 'portal', 'email'] as const;
export type NoticeDelivery = (typeof NOTICE_DELIVERIES)[number];

export const isNoticeDelivery = (value: unknown): value is NoticeDelivery => typeof value === 'string' && (NOTICE_DELIVERIES as readonly string[]).includes(value);

// When the clerk does not choose: the way of getting the result the application names (cl. 13, 14, 61, 80 of the
// housing regulation: paper, electronic, MFC, ЕПГУ account), else the channel it came through.
export const defaultNoticeDelivery = ({ payload, channel }: { payload: Record<string, unknown>; channel: string }): NoticeDelivery => {
  const chosen = payload.resultDelivery;
  if (chosen === 'mfc' || channel.startsWith('MFC')) return 'mfc';
  if (chosen === 'epgu' || channel === 'EPGU') return 'portal';
  if (chosen === 'electronic') return 'email';
  if (channel === 'POST') return 'post';
  return 'in_person';
};

export const noticeDeliveryOf = (c: { payload: Record<string, unknown>; channel: string }, requested?: unknown): NoticeDelivery =>
  isNoticeDelivery(requested) ? requested : defaultNoticeDelivery(c);
