import type { Variant } from '../service-definition';

// §3.1: the channels of the service; post is not a submission channel for any variant
export const CAPITAL_REPAIR_CHANNEL_CODES = ['IN_PERSON_BODY', 'MFC', 'EPGU', 'RPGU'] as const;
export type CapitalRepairChannelCode = (typeof CAPITAL_REPAIR_CHANNEL_CODES)[number];

export const CAPITAL_REPAIR_VARIANT_CODES = ['V1_GRANT', 'V2_WITHDRAW', 'V3_CHANGE_DELIVERY', 'V4_CORRECT_TYPO'] as const;
export type CapitalRepairVariantCode = (typeof CAPITAL_REPAIR_VARIANT_CODES)[number];

// A variant with the rules of §3.1 and §7 the shared Variant type has no field for: where it may be filed and by whom.
export type CapitalRepairVariant = Variant & {
  code: CapitalRepairVariantCode;
  channels: readonly CapitalRepairChannelCode[];
  // the application form and the channels in words, for the guards' messages
  applicationTitle: string;
  channelsText: string;
  representativeAllowed: boolean;
  clause: string;
};

// §7 (numbering of 3.1 in the text: 3.1.1, 3.1.3, 3.1.4, 3.1.5 — 3.1.2 is missing). V2–V4 are events on the case of the
// V1 application (withdrawal, change of delivery, typo correction), so their rules are the guards of those events.
export const CAPITAL_REPAIR_VARIANTS: readonly CapitalRepairVariant[] = [
  {
    code: 'V1_GRANT',
    applicationTitle: 'Заявление о назначении компенсации',
    title: 'Назначение компенсации',
    description: 'Заявление о назначении компенсации и способе ее доставки (прил. 1): лично в органе соцзащиты, через МФЦ, ЕПГУ или РПГУ; заявителем или представителем; до 30 рабочих дней (пп. 3.1.1, 3.2)',
    channels: ['IN_PERSON_BODY', 'MFC', 'EPGU', 'RPGU'],
    channelsText: 'лично в органе соцзащиты, через МФЦ, ЕПГУ или РПГУ',
    representativeAllowed: true,
    clause: 'пп. 1.2, 2.14.2, 3.2.1.1',
  },
  {
    // I-17: the text is silent on representatives; the general rule of 1.2 applies (legal owner to confirm).
    // I-36: only before the decision; the result is a refusal REF-11 (App 4, App 6)
    code: 'V2_WITHDRAW',
    applicationTitle: 'Заявление об отзыве',
    title: 'Отзыв заявления',
    description: 'Заявление об отзыве (прил. 9) до принятия решения: лично в органе соцзащиты, куда подано заявление, или в МФЦ; результат — решение об отказе (REF-11): 2 рабочих дня, уведомление — 1 рабочий день (п. 3.3.1)',
    channels: ['IN_PERSON_BODY', 'MFC'],
    channelsText: 'лично в органе или в МФЦ',
    representativeAllowed: true,
    clause: 'п. 3.3.1',
  },
  {
    // 3.4.1 names the single portal in one place and both portals elsewhere: both are allowed. I-37: no result document
    code: 'V3_CHANGE_DELIVERY',
    applicationTitle: 'Заявление об изменении способа доставки',
    title: 'Изменение способа доставки',
    description: 'Заявление об изменении способа доставки (прил. 10): лично в органе соцзащиты, через МФЦ, ЕПГУ или РПГУ; только получатель, представитель не допускается; 2 рабочих дня (п. 3.4.1)',
    channels: ['IN_PERSON_BODY', 'MFC', 'EPGU', 'RPGU'],
    channelsText: 'лично в органе соцзащиты, через МФЦ, ЕПГУ или РПГУ',
    representativeAllowed: false,
    clause: 'п. 3.4.1',
  },
  {
    code: 'V4_CORRECT_TYPO',
    applicationTitle: 'Заявление об исправлении опечаток и ошибок',
    title: 'Исправление опечаток и ошибок',
    description: 'Заявление об исправлении опечаток и ошибок (прил. 11) в выданном документе: лично в органе соцзащиты или в МФЦ; только получатель, представитель не допускается; 5 рабочих дней, выдача — 1 рабочий день (пп. 3.5.1, 3.5.3)',
    channels: ['IN_PERSON_BODY', 'MFC'],
    channelsText: 'лично в органе соцзащиты или в МФЦ',
    representativeAllowed: false,
    clause: 'п. 3.5.1',
  },
];

export const capitalRepairVariant = (code: CapitalRepairVariantCode): CapitalRepairVariant => {
  const variant = CAPITAL_REPAIR_VARIANTS.find((v) => v.code === code);
  if (!variant) throw new RangeError(`Неизвестный вариант ${code}`);
  return variant;
};
