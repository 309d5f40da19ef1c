import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  CAPITAL_REPAIR_APPLICATION_TITLE,
  capitalRepairApplicationDocument,
  capitalRepairGrantDecisionDocument,
  capitalRepairRefusalDecisionDocument,
  correctionApplicationDocument,
  decisionDocument,
  deliveryChangeApplicationDocument,
  formatDate,
  housingApplicationDocument,
  receiptDocument,
  withdrawalApplicationDocument,
  BLANK,
  type Acceptance,
  type Authority as DocAuthority,
  type CapitalRepairApplicationData,
  type CorrectionApplicationData,
  type DecisionData,
  type FormDelivery,
  type HousingApplicationData,
  type Official,
  type RegisteredPerson,
  type Replacement,
  type Signature,
} from '@casework/documents';
import { z } from 'zod';
import {
  capitalRepairApplicationSchema,
  daysInMonth,
  getService,
  housingApplicationSchema,
  IDENTITY_DOCUMENT_KINDS,
  isValidBankAccount,
  type CapitalRepairApplication,
  type LocalDate,
  type ServiceDefinition,
} from '@casework/domain';
import { ApiException, notFound, ruleViolation } from '../common/api.exception';
import { AppUser } from '../auth/user.entity';
import { Authority } from '../authorities/authority.entity';
import { CaseDocumentRow, CaseRow, CaseTermRow, DecisionRow } from '../cases/case.entity';
import { Person } from '../persons/person.entity';
import {
  capitalRepairCalculationOf,
  categoryCodesOf,
  categoryRef,
  decisionSubject,
  explanationOf,
  formApplicantOf,
  groundRef,
  housingCalculationOf,
  isCapitalRepair,
  localDate,
  official,
  paymentDetailsOf,
  paymentMethodOf,
  personName,
  personNameOf,
  regulationAct,
  representativeNameOf,
  storedEvaluation,
  type StoredEvaluation,
} from './document-data';
import { renderPdf, sha256Hex } from './pdf-renderer';

const docAuthority = (a: Authority): DocAuthority => ({ name: a.name, ...(a.address ? { address: a.address } : {}) });

// The applicant's forms of capital repair (spec §11.2): App 9, 10, 11.
export const APPLICANT_FORMS = ['withdrawal', 'delivery-change', 'correction'] as const;
export type ApplicantForm = (typeof APPLICANT_FORMS)[number];

// What a clerk may type into a form before printing it (App 10: the new bank; App 11: the error and the right text).
export type FormInput = { bankName?: string; bik?: string; account?: string; kind?: 'typo' | 'error' | 'both'; description?: string; correctText?: string };

// Who drafted, checked and signed a decision, with the legal day of each (App 3–6: «Расчет произвел», «Проверил»).
export type DecisionSignatories = { drafter: Signature; checker: Signature; head: Signature };

type DecisionArgs = { decision: DecisionRow; caseRow: CaseRow; authority: Authority; service: ServiceDefinition };

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

// App 9, 11: the result goes as the applicant chose in App 1 (spec §3.4; the payload keeps the choice)
const formDeliveryOf = (payload: CapitalRepairApplication): FormDelivery => ({ method: payload.resultDelivery, ...(payload.email ? { email: payload.email } : {}) });

// The payload was checked by the service's schema at intake (and again by every change); a row that no longer parses is
// a stored-data fault the clerk must see, not a document printed with holes.
const parsedPayload = <T>(schema: z.ZodType<T>, payload: unknown): T => {
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw ruleViolation('Сведения заявления не соответствуют форме заявления: исправьте заявление');
  return parsed.data;
};

// Builds the documents of a case from its data (libs/documents definitions) and renders them with pdfmake.
@Injectable()
export class DocumentsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  // At the head's approval: rendered once, hashed; the signed row keeps these bytes.
  async decisionPdf(em: EntityManager, args: DecisionArgs): Promise<{ bytes: Buffer; sha256: string }> {
    const bytes = await renderPdf(await this.decisionDefinition(em, args, false));
    return { bytes, sha256: sha256Hex(bytes) };
  }

  // A signed decision is served from its stored bytes; a draft is rendered as a preview marked «проект».
  async decisionPdfFor(decisionId: string): Promise<Buffer> {
    const decision = await this.db.getRepository(DecisionRow).createQueryBuilder('d').addSelect('d.pdf').where('d.id = :id', { id: decisionId }).getOne();
    if (!decision) throw notFound('Решение');
    if ((decision.status === 'signed' || decision.status === 'issued') && decision.pdf) return decision.pdf;
    const caseRow = await this.db.getRepository(CaseRow).findOneOrFail({ where: { id: decision.caseId } });
    const authority = await this.db.getRepository(Authority).findOneOrFail({ where: { id: decision.authorityId } });
    const service = getService(caseRow.serviceSlug);
    if (!service) throw notFound('Услуга');
    return renderPdf(await this.decisionDefinition(this.db.manager, { decision, caseRow, authority, service }, true));
  }

  async signatories(em: EntityManager, decision: DecisionRow, authority: Authority): Promise<DecisionSignatories> {
    const users = em.getRepository(AppUser);
    const [drafter, checker, head] = await Promise.all([
      users.findOne({ where: { id: decision.draftedBy } }),
      decision.initialledBy ? users.findOne({ where: { id: decision.initialledBy } }) : Promise.resolve(null),
      decision.signedBy ? users.findOne({ where: { id: decision.signedBy } }) : Promise.resolve(null),
    ]);
    const tz = authority.timeZone;
    return {
      drafter: { official: official(drafter, 'Специалист'), date: localDate(decision.draftedAt, tz) },
      checker: { official: official(checker, 'Заместитель руководителя', checker ? null : authority.deputyHeadName), ...(decision.initialledAt ? { date: localDate(decision.initialledAt, tz) } : {}) },
      head: { official: official(head, 'Руководитель', head ? null : authority.headName), ...(decision.decisionDate ? { date: decision.decisionDate } : {}) },
    };
  }

  // App 3 «с: … по: …» (I-26): from the rules' first day, to the end of the payment assignment when it has one.
  async assignmentPeriod(em: EntityManager, decision: DecisionRow, evaluation: StoredEvaluation | null, timeZone: string): Promise<{ from: LocalDate; to?: LocalDate }> {
    const [assignment] = (await em.query(
      `SELECT to_char(first_month, 'YYYY-MM') AS "firstMonth", to_char(last_month, 'YYYY-MM') AS "lastMonth" FROM payment_assignment WHERE case_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [decision.caseId],
    )) as { firstMonth: string; lastMonth: string | null }[];
    const from = evaluation?.period?.from ?? (assignment ? `${assignment.firstMonth}-01` : decision.paymentStartMonth ? `${decision.paymentStartMonth}-01` : (decision.decisionDate ?? localDate(decision.draftedAt, timeZone)));
    const last = assignment?.lastMonth;
    const to = evaluation?.period?.to ?? (last ? `${last}-${String(daysInMonth(Number(last.slice(0, 4)), Number(last.slice(5, 7)))).padStart(2, '0')}` : undefined);
    return { from, ...(to && to >= from ? { to } : {}) };
  }

  // cl. 95 (housing), 3.5.1 (capital repair): a corrected decision names the one it replaces and the correction asked.
  private async replacement(em: EntityManager, decision: DecisionRow): Promise<Replacement | undefined> {
    if (!decision.supersedesId) return undefined;
    const replaced = await em.getRepository(DecisionRow).findOne({ where: { id: decision.supersedesId } });
    if (!replaced?.number || !replaced.decisionDate) return undefined;
    const [request] = (await em.query(`SELECT legal_date AS "on", data FROM case_event WHERE case_id = $1 AND event = 'register_correction_request' ORDER BY seq DESC LIMIT 1`, [decision.caseId])) as {
      on: LocalDate;
      data: Record<string, unknown>;
    }[];
    const where = text(request?.data.typoLocation);
    const right = text(request?.data.correctText);
    const correction = where ? `${where}${right ? `; следует: «${right}»` : ''}` : undefined;
    return { number: replaced.number, date: replaced.decisionDate, ...(request ? { application: { date: request.on } } : {}), ...(correction ? { correction } : {}) };
  }

  private async decisionDefinition(em: EntityManager, { decision, caseRow, authority, service }: DecisionArgs, draft: boolean): Promise<TDocumentDefinitions> {
    const [applicant, people, replaces] = await Promise.all([
      em.getRepository(Person).findOneOrFail({ where: { id: caseRow.applicantId } }),
      this.signatories(em, decision, authority),
      this.replacement(em, decision),
    ]);
    const evaluation = storedEvaluation(decision.evaluation);
    const number = decision.number ?? 'проект';
    const date = decision.decisionDate ?? localDate(decision.draftedAt, authority.timeZone);
    const application = { registrationNumber: caseRow.number ?? '—', date: caseRow.acceptedOn ?? caseRow.receivedOn };
    const codes = categoryCodesOf(caseRow.payload);

    if (isCapitalRepair(service)) {
      const base = {
        authority: docAuthority(authority),
        number,
        date,
        // «дата обращения»: the day the applicant filed (an MFC's acceptance day, I-40)
        application: { ...application, appliedOn: caseRow.submittedOn },
        applicant: { ...personNameOf(applicant), registrationAddress: text(caseRow.payload.registrationAddress) ?? applicant.registrationAddress ?? '—' },
        calculatedBy: people.drafter,
        checkedBy: people.checker,
        head: people.head,
        ...(replaces ? { replaces } : {}),
        ...(draft ? { draft } : {}),
      };
      const category = codes[0] ? categoryRef(service, codes[0]) : undefined;
      if (decision.kind !== 'grant') {
        // App 4 «Причина» with the clause and the act (2.3.2); a withdrawal is REF-11 (I-36)
        const act = regulationAct(service);
        return capitalRepairRefusalDecisionDocument({ ...base, ...(category ? { category } : {}), grounds: decision.grounds.map((g) => groundRef(g, act)) });
      }
      const calculation = capitalRepairCalculationOf(evaluation);
      if (calculation && category && (decision.amountKopecks === null || decision.amountKopecks === calculation.amountKopecks)) {
        return capitalRepairGrantDecisionDocument({ ...base, category, calculation, period: await this.assignmentPeriod(em, decision, evaluation, authority.timeZone), payment: paymentDetailsOf(caseRow.payload) });
      }
      // a grant the rules calculated no amount for (no parameter set in force, or against their outcome): App 3 cannot
      // be filled, the decision is printed in the general form with what it has
    }

    const data = this.generalDecisionData({ decision, caseRow, authority, service, applicant, people, evaluation, number, date, application, codes, ...(replaces ? { replaces } : {}) });
    return decisionDocument({ ...data, ...(draft ? { draft } : {}) });
  }

  private generalDecisionData(
    a: DecisionArgs & { applicant: Person; people: DecisionSignatories; evaluation: StoredEvaluation | null; number: string; date: LocalDate; application: { registrationNumber: string; date: LocalDate }; codes: string[]; replaces?: Replacement },
  ): DecisionData {
    const { decision, caseRow, authority, service, applicant, people, evaluation } = a;
    const explanation = explanationOf(evaluation);
    const base = {
      authority: docAuthority(authority),
      number: a.number,
      date: a.date,
      application: a.application,
      applicant: {
        ...personNameOf(applicant),
        ...(applicant.snils ? { snils: applicant.snils } : {}),
        birthDate: applicant.birthDate,
        address: applicant.registrationAddress ?? applicant.actualAddress ?? '—',
      },
      categories: a.codes.map((code) => categoryRef(service, code)),
      legalBasis: service.legalBasis.map((l) => (l.clause ? `${l.act}, ${l.clause}` : l.act)),
      checkedBy: people.checker,
      approvedBy: people.head,
      draftedBy: people.drafter.official,
      subject: decisionSubject(service),
      ...(explanation.length ? { explanation } : {}),
      ...(a.replaces ? { replaces: a.replaces } : {}),
    };
    if (decision.kind === 'grant') {
      const month = decision.paymentStartMonth ?? evaluation?.period?.from.slice(0, 7) ?? service.paymentStartMonth?.({ submittedOn: caseRow.submittedOn }) ?? caseRow.submittedOn.slice(0, 7);
      // the table is printed only when it adds up to the amount decided (A13: the amount is the one of the decision)
      const calculation = isCapitalRepair(service) ? null : housingCalculationOf(evaluation);
      const total = calculation?.lines.reduce((sum, l) => sum + l.amountKopecks, 0);
      return {
        ...base,
        outcome: 'grant',
        paymentStart: `${month}-01`,
        paymentMethod: paymentMethodOf(caseRow.payload),
        ...(decision.amountKopecks !== null ? { amount: { kopecks: decision.amountKopecks, per: 'в месяц' } } : {}),
        ...(calculation && total === decision.amountKopecks ? { calculation } : {}),
      };
    }
    return { ...base, outcome: 'refuse', grounds: decision.grounds.map((g) => groundRef(g, isCapitalRepair(service) ? regulationAct(service) : undefined)) };
  }

  // Who took the application: the clerk who registered it, else the one who took it in (App 1, the receipt, the Journal).
  private async acceptedBy(em: EntityManager, caseRow: CaseRow): Promise<Official> {
    const [registrar] = (await em.query(
      `SELECT u.full_name AS "fullName", u.position FROM case_event e JOIN app_user u ON u.id = e.actor_id WHERE e.case_id = $1 AND e.event = 'register' ORDER BY e.seq LIMIT 1`,
      [caseRow.id],
    )) as { fullName: string; position: string | null }[];
    const user = registrar ?? (await em.getRepository(AppUser).findOne({ where: { id: caseRow.createdBy } }));
    return { position: user?.position ?? 'Специалист', name: personName(user?.fullName ?? '—') };
  }

  async receiptPdf(caseRow: CaseRow): Promise<Buffer> {
    const em = this.db.manager;
    if (!caseRow.number) throw notFound('Расписка (заявление ещё не зарегистрировано)');
    const [authority, applicant, documents, t20, acceptedBy] = await Promise.all([
      em.getRepository(Authority).findOneOrFail({ where: { id: caseRow.authorityId } }),
      em.getRepository(Person).findOneOrFail({ where: { id: caseRow.applicantId } }),
      em.getRepository(CaseDocumentRow).find({ where: { caseId: caseRow.id }, order: { createdAt: 'ASC' } }),
      em.getRepository(CaseTermRow).findOne({ where: { caseId: caseRow.id, termId: 'T20' } }),
      this.acceptedBy(em, caseRow),
    ]);
    const service = getService(caseRow.serviceSlug);
    const representativeName = representativeNameOf(caseRow.payload);
    return renderPdf(
      receiptDocument({
        authority: docAuthority(authority),
        registrationNumber: caseRow.number,
        registrationDate: caseRow.acceptedOn ?? caseRow.submittedOn,
        applicant: personNameOf(applicant),
        ...(representativeName ? { representative: representativeName } : {}),
        serviceTitle: service?.title ?? caseRow.serviceSlug,
        // App 1 tear-off receipt: «Заявление о назначении компенсации … и документы гр. … приняты …»
        ...(service && isCapitalRepair(service) ? { applicationTitle: CAPITAL_REPAIR_APPLICATION_TITLE } : {}),
        documents: documents.filter((d) => d.providedBy === 'applicant').map((d) => ({ title: d.title })),
        acceptedBy,
        ...(t20 ? { decisionDue: { date: t20.dueDate, basis: t20.explanation } } : {}),
      }),
    );
  }

  // GET /api/cases/:id/application.pdf: the application as taken, from the payload, the personal file and the registration.
  async applicationPdf(caseRow: CaseRow): Promise<Buffer> {
    const service = getService(caseRow.serviceSlug);
    if (!service) throw notFound('Услуга');
    const em = this.db.manager;
    const [authority, applicant, documents, acceptedBy] = await Promise.all([
      em.getRepository(Authority).findOneOrFail({ where: { id: caseRow.authorityId } }),
      em.getRepository(Person).findOneOrFail({ where: { id: caseRow.applicantId } }),
      em.getRepository(CaseDocumentRow).find({ where: { caseId: caseRow.id, providedBy: 'applicant' }, order: { createdAt: 'ASC' } }),
      this.acceptedBy(em, caseRow),
    ]);
    const attachments = documents.map((d) => d.title);
    const accepted = caseRow.number && caseRow.acceptedOn ? { acceptedOn: caseRow.acceptedOn, registrationNumber: caseRow.number, acceptedBy } : undefined;
    if (isCapitalRepair(service)) return renderPdf(capitalRepairApplicationDocument(this.capitalRepairApplication(caseRow, authority, applicant, attachments, accepted)));
    return renderPdf(housingApplicationDocument(this.housingApplication(caseRow, service, authority, applicant, attachments, accepted)));
  }

  private capitalRepairApplication(caseRow: CaseRow, authority: Authority, person: Person, attachments: string[], acceptance: Acceptance | undefined): CapitalRepairApplicationData {
    const p = parsedPayload(capitalRepairApplicationSchema, caseRow.payload);
    const rep = p.representative;
    const phone = p.phone ?? text(person.phone);
    const email = p.email ?? text(person.email);
    return {
      authority: docAuthority(authority),
      ...(caseRow.number ? { number: caseRow.number } : {}),
      applicant: {
        ...personNameOf(person),
        birthDate: person.birthDate,
        ...(person.snils ? { snils: person.snils } : {}),
        identityDocument: p.identityDocument,
        registrationAddress: p.registrationAddress,
        ...(p.stayAddress ? { stayAddress: p.stayAddress } : {}),
        ...(phone ? { phone } : {}),
        ...(email ? { email } : {}),
      },
      ...(rep
        ? {
            representative: {
              lastName: rep.lastName,
              firstName: rep.firstName,
              ...(rep.middleName ? { middleName: rep.middleName } : {}),
              kind: rep.kind,
              identityDocument: rep.identityDocument,
              authorityDocument: rep.authorityDocument,
            },
          }
        : {}),
      category: p.category,
      payment: p.paymentMethod,
      fundFormation: p.dwelling.fundFormation,
      hasLift: p.dwelling.hasLift,
      ...(p.dwelling.managementOrganisation ? { managementOrganisation: p.dwelling.managementOrganisation } : {}),
      ...(p.otherSupport.receives && p.otherSupport.act ? { otherSupportAct: p.otherSupport.act } : {}),
      // App 1 annex (I-22): the applicant and the persons registered with him at the place of residence
      registeredPersons: [
        { fullName: [person.lastName, person.firstName, person.middleName].filter(Boolean).join(' '), birthDate: person.birthDate, kinship: 'заявитель', registration: 'residence', working: p.applicantWorking },
        ...p.householdMembers.map(
          (m): RegisteredPerson => ({
            fullName: m.fullName,
            birthDate: m.birthDate,
            ...(m.kinship ? { kinship: m.kinship } : {}),
            registration: 'residence',
            working: m.working,
            ...(m.disabilityGroup ? { disabilityGroup: m.disabilityGroup } : {}),
          }),
        ),
      ],
      attachments,
      submittedOn: caseRow.submittedOn,
      ...(acceptance ? { acceptance } : {}),
    };
  }

  private housingApplication(caseRow: CaseRow, service: ServiceDefinition, authority: Authority, person: Person, attachments: string[], acceptance: Acceptance | undefined): HousingApplicationData {
    const p = parsedPayload(housingApplicationSchema, caseRow.payload);
    const doc = person.identityDocument;
    // cl. 16: the document's name and details, from the personal file
    const identity = doc
      ? [IDENTITY_DOCUMENT_KINDS[doc.kind], doc.series ? `серия ${doc.series}` : undefined, `№ ${doc.number}`, doc.issuedOn ? `выдан ${formatDate(doc.issuedOn)}` : undefined, doc.issuedBy ?? undefined]
          .filter((part): part is string => Boolean(part))
          .join(', ')
      : BLANK;
    const rep = p.representative;
    const phone = text(person.phone);
    const email = text(person.email);
    return {
      authority: docAuthority(authority),
      applicant: {
        ...personNameOf(person),
        birthDate: person.birthDate,
        ...(person.snils ? { snils: person.snils } : {}),
        status: p.applicantStatus,
        identityDocument: identity,
        address: person.registrationAddress ?? person.actualAddress ?? BLANK,
        place: p.place,
        ...(phone ? { phone } : {}),
        ...(email ? { email } : {}),
      },
      ...(rep
        ? {
            representative: {
              lastName: rep.lastName,
              firstName: rep.firstName,
              ...(rep.middleName ? { middleName: rep.middleName } : {}),
              postalAddress: rep.postalAddress,
              identityDocument: rep.identityDocument,
              authorityDocument: rep.authorityDocument,
            },
          }
        : {}),
      categories: p.categories.map((code) => categoryRef(service, code)),
      heating: p.heating,
      payment: paymentDetailsOf(caseRow.payload),
      resultDelivery: p.resultDelivery,
      attachments,
      submittedOn: caseRow.submittedOn,
      // cl. 41(1), 85(1): the clerk who took the application signs that the passport data are entered correctly
      ...(acceptance
        ? {
            passportCheckedBy: { official: acceptance.acceptedBy, date: acceptance.acceptedOn },
            registration: { number: acceptance.registrationNumber ?? caseRow.number ?? BLANK, date: acceptance.acceptedOn, by: acceptance.acceptedBy },
          }
        : {}),
    };
  }

  // GET /api/cases/:id/forms/:form.pdf: App 9, 10, 11 pre-filled from the case and the personal file, dated the day it is
  // printed, for the applicant to sign at the counter.
  async formPdf(caseRow: CaseRow, form: string, input: FormInput, today: LocalDate): Promise<Buffer> {
    const service = getService(caseRow.serviceSlug);
    if (!service || !isCapitalRepair(service) || !(APPLICANT_FORMS as readonly string[]).includes(form)) throw notFound('Бланк заявления');
    const em = this.db.manager;
    const [authority, person] = await Promise.all([
      em.getRepository(Authority).findOneOrFail({ where: { id: caseRow.authorityId } }),
      em.getRepository(Person).findOneOrFail({ where: { id: caseRow.applicantId } }),
    ]);
    const payload = parsedPayload(capitalRepairApplicationSchema, caseRow.payload);
    const base = { authority: docAuthority(authority), applicant: formApplicantOf(person, caseRow.payload), signedOn: today };
    switch (form as ApplicantForm) {
      case 'withdrawal':
        // App 9: «поданное (направленное) мною …» — the application of this case
        return renderPdf(withdrawalApplicationDocument({ ...base, application: { date: caseRow.submittedOn, ...(caseRow.number ? { registrationNumber: caseRow.number } : {}) }, delivery: formDeliveryOf(payload) }));
      case 'delivery-change':
        return renderPdf(deliveryChangeApplicationDocument({ ...base, bank: await this.newBank(em, caseRow, payload, input) }));
      case 'correction':
        return renderPdf(correctionApplicationDocument({ ...base, ...(await this.correctionForm(em, caseRow, service, input)), delivery: formDeliveryOf(payload) }));
    }
  }

  // App 10 names the new bank (I-38): what the clerk typed, else the details a recorded change already put on the case.
  private async newBank(em: EntityManager, caseRow: CaseRow, payload: CapitalRepairApplication, input: FormInput): Promise<{ name: string; bik: string; account: string }> {
    if (input.bik || input.account || input.bankName) {
      const errors: Record<string, string> = {};
      if (!text(input.bankName)) errors.bankName = 'Укажите наименование кредитной организации';
      if (!/^\d{9}$/.test(input.bik ?? '')) errors.bik = 'БИК — 9 цифр';
      if (!/^\d{20}$/.test(input.account ?? '')) errors.account = 'Номер счета — 20 цифр';
      else if (!errors.bik && !isValidBankAccount({ bik: input.bik!, account: input.account! })) errors.account = 'Номер счета не соответствует БИК: неверный контрольный ключ';
      if (Object.keys(errors).length > 0) throw new ApiException('VALIDATION_FAILED', 'Проверьте новые реквизиты', errors);
      return { name: text(input.bankName)!, bik: input.bik!, account: input.account! };
    }
    const [changed] = (await em.query(`SELECT 1 FROM case_event WHERE case_id = $1 AND event = 'change_payment_details' LIMIT 1`, [caseRow.id])) as unknown[];
    const pay = payload.paymentMethod;
    if (changed && pay.kind === 'bank') return { name: pay.bankName, bik: pay.bik, account: pay.account };
    throw new ApiException('VALIDATION_FAILED', 'Укажите новые реквизиты для бланка: наименование банка, БИК и номер счета', {
      bankName: 'Укажите наименование кредитной организации',
      bik: 'Укажите БИК',
      account: 'Укажите номер счета',
    });
  }

  // App 11: the decision issued on the case, the error and the right wording the clerk typed or the registered request has.
  private async correctionForm(em: EntityManager, caseRow: CaseRow, service: ServiceDefinition, input: FormInput): Promise<Pick<CorrectionApplicationData, 'kind' | 'document' | 'description' | 'correctText' | 'attachments'>> {
    const decision = await em.getRepository(DecisionRow).findOne({ where: [{ caseId: caseRow.id, status: 'issued' }, { caseId: caseRow.id, status: 'signed' }], order: { signedAt: 'DESC' } });
    if (!decision?.number || !decision.decisionDate) throw ruleViolation('По делу нет выданного решения: исправление опечаток возможно только в выданном документе (п. 3.5.1)');
    const [request] = (await em.query(`SELECT data FROM case_event WHERE case_id = $1 AND event = 'register_correction_request' ORDER BY seq DESC LIMIT 1`, [caseRow.id])) as { data: Record<string, unknown> }[];
    const description = text(input.description) ?? text(request?.data.typoLocation);
    const correctText = text(input.correctText) ?? text(request?.data.correctText);
    if (!description || !correctText) {
      throw new ApiException('VALIDATION_FAILED', 'Укажите опечатку (ошибку) и как следует изложить сведения (TYPO-REF-02)', {
        ...(description ? {} : { description: 'Укажите опечатку (ошибку) и где она' }),
        ...(correctText ? {} : { correctText: 'Укажите правильное написание' }),
      });
    }
    const subject = decisionSubject(service);
    const title = `решении от ${formatDate(decision.decisionDate)} № ${decision.number} ${decision.kind === 'grant' ? 'о назначении' : 'об отказе в назначении'} ${subject.genitive}`;
    return {
      kind: input.kind ?? 'typo',
      document: title,
      description,
      correctText,
      // 3.5.1: the document containing the typo goes with the application
      attachments: [`Решение от ${formatDate(decision.decisionDate)} № ${decision.number}`],
    };
  }
}
