import type { DecisionSubject, PaymentMethod, PersonName } from '@casework/documents';
import type { ServiceDefinition } from '@casework/domain';

// Mapping of stored case data to the data of the documents in libs/documents.

export const personName = (fullName: string): PersonName => {
  const [lastName = fullName, firstName = '', middleName] = fullName.trim().split(/\s+/);
  return { lastName, firstName, ...(middleName ? { middleName } : {}) };
};

type PaymentPayload = { kind?: string; bankName?: string; account?: string; postOffice?: string; organisation?: string };

// The account is printed masked: the last four digits are enough to recognise it.
export const paymentMethodOf = (payload: Record<string, unknown>): PaymentMethod => {
  const p = (payload.paymentMethod ?? {}) as PaymentPayload;
  if (p.kind === 'post') return { kind: 'post', ...(p.postOffice ? { details: p.postOffice } : {}) };
  if (p.kind === 'delivery_organisation') return { kind: 'delivery_organisation', ...(p.organisation ? { details: p.organisation } : {}) };
  const masked = p.account ? `счёт ****${p.account.slice(-4)}` : undefined;
  return { kind: p.kind === 'unified_social_card' ? 'unified_social_card' : 'bank', ...(p.bankName || masked ? { details: [p.bankName, masked].filter(Boolean).join(', ') } : {}) };
};

export const decisionSubject = (service: ServiceDefinition): DecisionSubject => service.resultSubject;
