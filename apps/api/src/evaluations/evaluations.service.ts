import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type Evaluation, type EvaluationApplicant, type EvaluateRequest, type LocalDate, type ServiceDefinition, type StoredParameterSet } from '@casework/domain';
import { ApiException, notFound, ruleViolation } from '../common/api.exception';
import { zodFieldErrors } from '../common/zod.pipe';
import { AuditService } from '../audit/audit.service';
import type { CurrentUserInfo } from '../auth/current-user';
import { serviceOrThrow } from '../services/service-lookup';

// What an evaluation answers, and what a decision stores (decision.evaluation): the rules version, the inputs the
// rules read (so the decision can be re-derived years later) and their result with each ground's title.
export type EvaluationResult = Omit<Evaluation, 'grounds'> & {
  serviceSlug: string;
  rulesVersion: string;
  asOf: LocalDate;
  submittedOn: LocalDate;
  outcomeTitle: string;
  grounds: { code: string; clause: string; title: string }[];
  facts: Record<string, unknown>;
};

const prefixed = (prefix: string, errors: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${prefix}.${k}`, v]));

// The rules of a service (libs/domain, `ServiceDefinition.evaluation`) applied to an application: at the counter
// without a case, or on a case when its decision is drafted.
@Injectable()
export class EvaluationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  // Every stored parameter set of the service: the rules choose the one in force on their own reference date.
  async parameterSets(slug: string, em: EntityManager = this.db.manager): Promise<StoredParameterSet[]> {
    const rows = (await em.query(`SELECT valid_from AS "validFrom", valid_to AS "validTo", act, "values" FROM service_parameter_set WHERE service_slug = $1 ORDER BY valid_from`, [slug])) as {
      validFrom: LocalDate;
      validTo: LocalDate | null;
      act: string;
      values: unknown;
    }[];
    return rows.map((r) => ({ validFrom: r.validFrom, ...(r.validTo ? { validTo: r.validTo } : {}), act: r.act, values: r.values }));
  }

  // POST /api/services/:slug/evaluate: nothing is stored; a citizen named by a personal file is a logged read.
  async atCounter(slug: string, request: EvaluateRequest, user: CurrentUserInfo): Promise<EvaluationResult> {
    const service = serviceOrThrow(slug);
    let applicant: EvaluationApplicant | undefined = request.applicant;
    if (request.applicantId) {
      const [person] = (await this.db.query(`SELECT birth_date AS "birthDate", sex FROM person WHERE id = $1 AND merged_into_id IS NULL`, [request.applicantId])) as EvaluationApplicant[];
      if (!person) throw notFound('Гражданин');
      applicant = person;
      await this.audit.write(this.db.manager, { actorId: user.id, action: 'person.read', entity: 'person', entityId: request.applicantId, details: { purpose: 'evaluate', serviceSlug: slug } });
    }
    return this.evaluate({
      service,
      application: request.application,
      applicant: applicant!,
      facts: request.facts,
      asOf: request.asOf,
      submittedOn: request.submittedOn ?? request.asOf,
      parameterSets: await this.parameterSets(slug),
      fieldPrefix: 'application',
    });
  }

  // The rules themselves: the application and the facts checked by the service's schemas (400 with the field), then
  // the pure evaluate of libs/domain.
  evaluate(args: {
    service: ServiceDefinition;
    application: unknown;
    applicant: EvaluationApplicant;
    facts: Record<string, unknown>;
    asOf: LocalDate;
    submittedOn: LocalDate;
    parameterSets: readonly StoredParameterSet[];
    // where the application's fields sit in the request: «application» at the counter, «payload» on a case
    fieldPrefix: string;
  }): EvaluationResult {
    const { service } = args;
    const rules = service.evaluation;
    if (!rules) throw ruleViolation(`Для услуги «${service.shortTitle}» правила расчета не заданы`);
    const application = service.applicationSchema.safeParse(args.application);
    if (!application.success) throw new ApiException('VALIDATION_FAILED', 'Проверьте сведения заявления', prefixed(args.fieldPrefix, zodFieldErrors(application.error)));
    const facts = rules.factsSchema.safeParse(args.facts);
    if (!facts.success) throw new ApiException('VALIDATION_FAILED', 'Проверьте установленные сведения', prefixed('facts', zodFieldErrors(facts.error)));
    const evaluation = rules.evaluate({ application: application.data, applicant: args.applicant, facts: facts.data, asOf: args.asOf, submittedOn: args.submittedOn, parameterSets: args.parameterSets });
    return {
      ...evaluation,
      serviceSlug: service.slug,
      rulesVersion: rules.rulesVersion,
      asOf: args.asOf,
      submittedOn: args.submittedOn,
      outcomeTitle: evaluation.outcome === 'grant' ? 'Предоставить' : 'Отказать',
      grounds: evaluation.grounds.map((g) => ({ ...g, title: service.grounds.find((d) => d.code === g.code)?.title ?? g.code })),
      facts: args.facts,
    };
  }
}
