import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { addDays, type LocalDate, type ParameterSetRequest } from '@casework/domain';
import { ApiException, notFound, ruleViolation } from '../common/api.exception';
import { zodFieldErrors } from '../common/zod.pipe';
import { AuditService } from '../audit/audit.service';
import type { CurrentUserInfo } from '../auth/current-user';
import { serviceOrThrow } from '../services/service-lookup';

export type ParameterSetRow = { id: string; serviceSlug: string; validFrom: LocalDate; validTo: LocalDate | null; act: string; values: unknown; createdBy: string | null; createdAt: Date };

const COLUMNS = `s.id, s.service_slug AS "serviceSlug", s.valid_from AS "validFrom", s.valid_to AS "validTo", s.act, s."values", u.full_name AS "createdBy", s.created_at AS "createdAt"`;

// Effective-dated calculation parameters of a service (rates, standards, percentages), each set with the act that
// established it. A new set starts after the latest one and closes it the day before; history is never rewritten.
@Injectable()
export class ServiceParametersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  private definition(slug: string) {
    const service = serviceOrThrow(slug);
    if (!service.parameters) throw notFound('Параметры расчета этой услуги');
    return { service, parameters: service.parameters };
  }

  async list(slug: string): Promise<{ title: string; sets: ParameterSetRow[] }> {
    const { parameters } = this.definition(slug);
    const sets = (await this.db.query(`SELECT ${COLUMNS} FROM service_parameter_set s LEFT JOIN app_user u ON u.id = s.created_by WHERE s.service_slug = $1 ORDER BY s.valid_from DESC`, [slug])) as ParameterSetRow[];
    return { title: parameters.title, sets };
  }

  // The set in force on a date: a calculation made on that date uses exactly these values.
  async inForce(slug: string, on: LocalDate): Promise<ParameterSetRow> {
    this.definition(slug);
    const [row] = (await this.db.query(
      `SELECT ${COLUMNS} FROM service_parameter_set s LEFT JOIN app_user u ON u.id = s.created_by
        WHERE s.service_slug = $1 AND s.valid_from <= $2 AND (s.valid_to IS NULL OR s.valid_to >= $2) ORDER BY s.valid_from DESC LIMIT 1`,
      [slug, on],
    )) as ParameterSetRow[];
    if (!row) throw ruleViolation(`На ${on} не действуют параметры расчета: администратор должен ввести их с реквизитами акта`, { on: 'Нет параметров на эту дату' });
    return row;
  }

  async create(slug: string, input: ParameterSetRequest, user: CurrentUserInfo): Promise<ParameterSetRow> {
    const { parameters } = this.definition(slug);
    const parsed = parameters.schema.safeParse(input.values);
    if (!parsed.success) {
      const errors = Object.fromEntries(Object.entries(zodFieldErrors(parsed.error)).map(([k, v]) => [`values.${k}`, v]));
      throw new ApiException('VALIDATION_FAILED', 'Проверьте значения параметров', errors);
    }
    const id = await this.db.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('service_parameter_set'), hashtext($1))`, [slug]);
      const [latest] = (await em.query(`SELECT id, valid_from AS "validFrom", valid_to AS "validTo" FROM service_parameter_set WHERE service_slug = $1 ORDER BY valid_from DESC LIMIT 1`, [slug])) as {
        id: string;
        validFrom: LocalDate;
        validTo: LocalDate | null;
      }[];
      if (latest && latest.validFrom >= input.validFrom)
        throw ruleViolation(`Действует набор с ${latest.validFrom}: новый набор может начинаться только позже`, { validFrom: `Позже ${latest.validFrom}` });
      if (latest && (latest.validTo === null || latest.validTo >= input.validFrom)) await em.query(`UPDATE service_parameter_set SET valid_to = $2 WHERE id = $1`, [latest.id, addDays(input.validFrom, -1)]);
      const [{ id: created }] = (await em.query(`INSERT INTO service_parameter_set (service_slug, valid_from, act, "values", created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
        slug,
        input.validFrom,
        input.act,
        JSON.stringify(parsed.data),
        user.id,
      ])) as { id: string }[];
      await this.audit.write(em, { actorId: user.id, action: 'service_parameters.create', entity: 'service_parameter_set', entityId: String(created), details: { serviceSlug: slug, validFrom: input.validFrom, act: input.act } });
      return String(created);
    });
    const [row] = (await this.db.query(`SELECT ${COLUMNS} FROM service_parameter_set s LEFT JOIN app_user u ON u.id = s.created_by WHERE s.id = $1`, [id])) as ParameterSetRow[];
    return row;
  }
}
