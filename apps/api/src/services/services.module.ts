import { Controller, Get, Module } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SERVICES, type ServiceDefinition } from '@casework/domain';
import { Public } from '../auth/current-user';
import { jsonSchema } from '../common/openapi';

// The regulated services as data: codes, variants, grounds, terms, states and events (functions and guards stay in the domain).
export const serviceCatalogEntry = (s: ServiceDefinition) => ({
  slug: s.slug,
  title: s.title,
  shortTitle: s.shortTitle,
  region: s.region,
  legalBasis: s.legalBasis,
  channels: s.channels,
  variants: s.variants,
  categories: s.categories,
  documents: s.documents,
  interagency: s.interagency,
  grounds: s.grounds,
  terms: s.terms,
  otherTerms: s.otherTerms ?? [],
  outputs: s.outputs,
  journalTitle: s.journalTitle,
  states: s.workflow.states,
  events: s.workflow.transitions.map(({ event, title, from, to, roles, effects, automatic }) => ({ event, title, from, to, roles, effects: effects ?? [], automatic: automatic ?? false })),
  applicationSchema: jsonSchema(s.applicationSchema),
  // the rules' version and the facts they read: the console builds its form of facts from this schema
  evaluation: s.evaluation ? { rulesVersion: s.evaluation.rulesVersion, factsSchema: jsonSchema(s.evaluation.factsSchema) } : null,
  hasParameters: s.parameters !== undefined,
});

@ApiTags('services')
@Controller('services')
class ServicesController {
  @Public()
  @Get()
  @ApiOperation({ summary: 'Регламентированные услуги: коды, варианты, основания, сроки' })
  list() {
    return SERVICES.map(serviceCatalogEntry);
  }
}

@Module({ controllers: [ServicesController] })
export class ServicesModule {}
