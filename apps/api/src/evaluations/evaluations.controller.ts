import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { evaluateRequestSchema, localDateSchema, parameterSetRequestSchema, type EvaluateRequest, type ParameterSetRequest } from '@casework/domain';
import { CurrentUser, Roles, type CurrentUserInfo } from '../auth/current-user';
import { jsonSchema } from '../common/openapi';
import { ZodPipe } from '../common/zod.pipe';
import { EvaluationsService } from './evaluations.service';
import { ServiceParametersService } from './service-parameters.service';

const inForceQuerySchema = z.object({ on: localDateSchema });

@ApiTags('services')
@Controller('services/:slug')
export class EvaluationsController {
  constructor(
    private readonly evaluations: EvaluationsService,
    private readonly parameters: ServiceParametersService,
  ) {}

  @Post('evaluate')
  @HttpCode(200)
  @Roles('clerk', 'head', 'auditor', 'admin')
  @ApiOperation({ summary: 'Калькулятор: решение по правилам услуги с основаниями и пунктами, сумма и пояснение — без заведения дела' })
  @ApiBody({ schema: jsonSchema(evaluateRequestSchema) })
  evaluate(@Param('slug') slug: string, @Body(new ZodPipe(evaluateRequestSchema)) body: EvaluateRequest, @CurrentUser() user: CurrentUserInfo) {
    return this.evaluations.atCounter(slug, body, user);
  }

  @Get('parameters')
  @Roles('clerk', 'head', 'auditor', 'admin')
  parameterSets(@Param('slug') slug: string) {
    return this.parameters.list(slug);
  }

  @Get('parameters/in-force')
  @Roles('clerk', 'head', 'auditor', 'admin')
  parametersInForce(@Param('slug') slug: string, @Query(new ZodPipe(inForceQuerySchema)) query: z.infer<typeof inForceQuerySchema>) {
    return this.parameters.inForce(slug, query.on);
  }

  @Post('parameters')
  @Roles('admin')
  @ApiBody({ schema: jsonSchema(parameterSetRequestSchema) })
  createParameterSet(@Param('slug') slug: string, @Body(new ZodPipe(parameterSetRequestSchema)) body: ParameterSetRequest, @CurrentUser() user: CurrentUserInfo) {
    return this.parameters.create(slug, body, user);
  }
}
