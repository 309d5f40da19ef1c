import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  familyLinkEndSchema,
  familyLinkInputSchema,
  personalFileQuerySchema,
  personCreateSchema,
  personDuplicatesQuerySchema,
  personMergeSchema,
  personSearchSchema,
  personUpdateSchema,
  type FamilyLinkData,
  type FamilyLinkEnd,
  type PersonalFileQuery,
  type PersonCreate,
  type PersonDuplicatesQuery,
  type PersonMerge,
  type PersonSearch,
  type PersonUpdate,
} from '@casework/domain';
import { CurrentUser, Roles, type CurrentUserInfo } from '../auth/current-user';
import { jsonSchema } from '../common/openapi';
import { UuidPipe } from '../common/uuid.pipe';
import { ZodPipe } from '../common/zod.pipe';
import { FamilyLinksService } from './family-links.service';
import { PersonMergeService } from './person-merge.service';
import { PersonsService } from './persons.service';

@ApiTags('persons')
@Controller('persons')
export class PersonsController {
  constructor(
    private readonly persons: PersonsService,
    private readonly family: FamilyLinksService,
    private readonly merges: PersonMergeService,
  ) {}

  @Get()
  @Roles('clerk', 'head', 'auditor', 'admin')
  search(@Query(new ZodPipe(personSearchSchema)) query: PersonSearch) {
    return this.persons.search(query);
  }

  @Get('duplicates')
  @Roles('clerk', 'head', 'auditor', 'admin')
  @ApiOperation({ summary: 'Возможные дубли: та же дата рождения и те же или почти те же ФИО' })
  duplicates(@Query(new ZodPipe(personDuplicatesQuerySchema)) query: PersonDuplicatesQuery) {
    return this.persons.duplicates(query);
  }

  @Post()
  @Roles('clerk')
  @ApiOperation({ summary: 'Новый гражданин; 409 POSSIBLE_DUPLICATE с кандидатами, пока не подтверждено confirmDistinct' })
  @ApiBody({ schema: jsonSchema(personCreateSchema) })
  create(@Body(new ZodPipe(personCreateSchema)) body: PersonCreate, @CurrentUser() user: CurrentUserInfo) {
    return this.persons.register(body, user);
  }

  @Get(':id')
  @Roles('clerk', 'head', 'auditor', 'admin')
  @ApiOperation({ summary: 'Личное дело; asOf=ГГГГ-ММ-ДД — сведения на конец этого дня (МСК)' })
  personalFile(@Param('id', new UuidPipe()) id: string, @Query(new ZodPipe(personalFileQuerySchema)) query: PersonalFileQuery, @CurrentUser() user: CurrentUserInfo) {
    return this.persons.personalFile(id, user, query.asOf);
  }

  @Patch(':id')
  @Roles('clerk')
  @ApiBody({ schema: jsonSchema(personUpdateSchema) })
  update(@Param('id', new UuidPipe()) id: string, @Body(new ZodPipe(personUpdateSchema)) body: PersonUpdate, @CurrentUser() user: CurrentUserInfo) {
    return this.persons.update(id, body, user);
  }

  @Post(':id/merge')
  @Roles('admin')
  @ApiOperation({ summary: 'Объединение дублирующего личного дела с этим: дела, связи, назначения и жалобы переходят; 422 при разных СНИЛС' })
  @ApiBody({ schema: jsonSchema(personMergeSchema) })
  async merge(@Param('id', new UuidPipe()) id: string, @Body(new ZodPipe(personMergeSchema)) body: PersonMerge, @CurrentUser() user: CurrentUserInfo) {
    await this.merges.merge(id, body, user);
    return this.persons.personalFile(id, user);
  }

  @Get(':id/family')
  @Roles('clerk', 'head', 'auditor', 'admin')
  async familyLinks(@Param('id', new UuidPipe()) id: string) {
    await this.persons.get(id);
    return this.family.list(id, this.family.today());
  }

  @Post(':id/family')
  @Roles('clerk')
  @ApiOperation({ summary: 'Семейная связь с датами и документом-основанием' })
  @ApiBody({ schema: jsonSchema(familyLinkInputSchema) })
  addFamilyLink(@Param('id', new UuidPipe()) id: string, @Body(new ZodPipe(familyLinkInputSchema)) body: FamilyLinkData, @CurrentUser() user: CurrentUserInfo) {
    return this.family.create(id, body, user);
  }

  @Patch(':id/family/:linkId')
  @Roles('clerk')
  @ApiOperation({ summary: 'Прекращение семейной связи: дата, документ, версия (409 при устаревшей)' })
  @ApiBody({ schema: jsonSchema(familyLinkEndSchema) })
  endFamilyLink(
    @Param('id', new UuidPipe()) id: string,
    @Param('linkId', new UuidPipe('linkId')) linkId: string,
    @Body(new ZodPipe(familyLinkEndSchema)) body: FamilyLinkEnd,
    @CurrentUser() user: CurrentUserInfo,
  ) {
    return this.family.end(id, linkId, body, user);
  }
}
