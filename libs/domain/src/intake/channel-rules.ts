import { z } from 'zod';
import type { ProductionCalendar } from '../calendar/production-calendar';
import { formatRuDate, type LocalDate } from '../common/local-date';
import type { ServiceDefinition } from '../services/service-definition';
import { computeDue } from '../terms/compute-due';
import { isMfcChannel, type ChannelDelivery, type DeliveryWarning, type TransferTermOutcome } from './channel-delivery.schema';

export type ChannelRuleViolation = { field: string; message: string };

// Rules of the channel itself, before the engine sees the application (spec §3.1, §3.3).
export const channelRuleViolations = ({ service, delivery }: { service: ServiceDefinition; delivery: ChannelDelivery }): ChannelRuleViolation[] => {
  const violations: ChannelRuleViolation[] = [];
  if (!service.channels.some((c) => c.code === delivery.channel)) {
    violations.push({ field: 'channel', message: `Услуга «${service.shortTitle}» не предоставляется по заявлениям, поданным через ${delivery.channel}` });
  }
  // cl. 85, 89: the MFC refuses only at its own counter, recorded in АИС МФЦ as a consultation; only accepted applications reach the Institution
  if (isMfcChannel(delivery.channel) && (delivery.mfc?.outcome === 'refused' || delivery.mfc?.refusalGroundCode)) {
    violations.push({
      field: delivery.mfc?.refusalGroundCode ? 'mfc.refusalGroundCode' : 'mfc.outcome',
      message: 'МФЦ передает в Учреждение только принятые заявления: отказ в приеме в МФЦ оформляется в АИС МФЦ как консультация и не передается (пп. 85, 89)',
    });
  }
  return violations;
};

// The top-level fields of a service's application schema, when it is an object schema.
export const applicationFields = (schema: z.ZodType): readonly string[] => (schema instanceof z.ZodObject ? Object.keys(schema.shape) : []);

// The service application as the engine takes it: the delivered payload plus what the channel tells apart
// (the e-signature kind of a portal application, the representative), where the service's form has such a field.
export const applicationForChannel = ({ service, delivery }: { service: ServiceDefinition; delivery: ChannelDelivery }): Record<string, unknown> => {
  const fields = applicationFields(service.applicationSchema);
  const payload: Record<string, unknown> = { ...delivery.payload };
  if (delivery.esignature && fields.includes('esignature')) payload.esignature = delivery.esignature;
  if (delivery.representative && fields.includes('representative') && payload.representative === undefined) payload.representative = delivery.representative;
  return payload;
};

// Spec T12–T14 (cl. 33, 88, 94): the MFC passes the application on within 1 working day of its own acceptance
// (of the complex request; of the results of the other services when this one depends on them).
export const TRANSFER_TERM_IDS = { MFC: 'T12', MFC_EXTRATERRITORIAL: 'T12', MFC_COMPLEX: 'T13', MFC_COMPLEX_DEPENDENT: 'T14' } as const;

export const transferTermFor = ({
  service,
  channel,
  acceptedOn,
  dependencyResultsOn,
  deliveredOn,
  calendar,
  timeZone,
}: {
  service: ServiceDefinition;
  channel: string;
  // the MFC's acceptance day in the authority's zone
  acceptedOn: LocalDate;
  dependencyResultsOn?: LocalDate;
  // the day the delivery reached the Institution
  deliveredOn: LocalDate;
  calendar: ProductionCalendar;
  timeZone: string;
}): TransferTermOutcome | null => {
  if (!isMfcChannel(channel)) return null;
  const dependent = channel === 'MFC_COMPLEX' && dependencyResultsOn !== undefined;
  const termId = dependent ? TRANSFER_TERM_IDS.MFC_COMPLEX_DEPENDENT : TRANSFER_TERM_IDS[channel as keyof typeof TRANSFER_TERM_IDS];
  const term = service.terms.find((t) => t.id === termId && (!t.channels || t.channels.includes(channel)));
  if (!term) return null;
  const startedOn = dependent ? dependencyResultsOn : acceptedOn;
  const due = computeDue({ term, start: { date: startedOn }, calendar, timeZone });
  const met = deliveredOn <= due.dueDate;
  return {
    termId: term.id,
    title: term.title,
    clause: term.clause,
    startedOn,
    dueDate: due.dueDate,
    deliveredOn,
    met,
    explanation: `${due.explanation}; поступило в Учреждение ${formatRuDate(deliveredOn)} — ${met ? 'срок соблюден' : 'срок нарушен'}`,
  };
};

// What the clerk should notice about a delivery; none of it stops the case from being opened.
export const deliveryWarnings = ({
  delivery,
  submittedOn,
  receivedOn,
  transferTerm,
}: {
  delivery: ChannelDelivery;
  submittedOn: LocalDate;
  receivedOn: LocalDate;
  transferTerm: TransferTermOutcome | null;
}): DeliveryWarning[] => {
  const warnings: DeliveryWarning[] = [];
  // cl. 17, 20(2): accepted as a delivery; the engine's guard lets the clerk only refuse it
  if (delivery.channel === 'EPGU' && delivery.esignature === 'none') {
    warnings.push({ code: 'ESIGNATURE_MISSING', message: 'Заявление с ЕПГУ не подписано электронной подписью: зарегистрировать его нельзя, в приеме будет отказано (пп. 17, 20)' });
  }
  // A4: the month of submission, not of acceptance, sets the first month paid
  if (submittedOn.slice(0, 7) !== receivedOn.slice(0, 7)) {
    warnings.push({ code: 'SUBMISSION_MONTH_DIFFERS', message: `Месяц подачи (${formatRuDate(submittedOn)}) и месяц поступления (${formatRuDate(receivedOn)}) различаются: выплата считается от месяца подачи` });
  }
  if (transferTerm && !transferTerm.met) {
    warnings.push({ code: 'TRANSFER_TERM_BREACHED', message: `МФЦ нарушил срок передачи ${transferTerm.termId}: ${transferTerm.explanation}` });
  }
  return warnings;
};
