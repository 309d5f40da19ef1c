import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { personInputSchema, personSearchSchema, personUpdateSchema, type PersonData, type PersonSearch, type PersonUpdate } from '@casework/domain';
import { CurrentUser, Roles, type CurrentUserInfo } from '../auth/current-user';
import { jsonSchema } from '../common/openapi';
import { UuidPipe } from '../common/uuid.pipe';
import { ZodPipe } from '../common/zod.pipe';
import { PersonsService } from './persons.service';

@ApiTags('persons')
@Controller('persons')
export class PersonsController {
  constructor(private readonly persons: PersonsService) {}

  @Get()
  @Roles('clerk', 'head', 'auditor', 'admin')
  search(@Query(new ZodPipe(personSearchSchema)) query: PersonSearch) {
    return this.persons.search(query);
  }

  @Post()
  @Roles('clerk')
  @ApiBody({ schema: jsonSchema(personInputSchema) })
  create(@Body(new ZodPipe(personInputSchema)) body: PersonData, @CurrentUser() user: CurrentUserInfo) {
    return this.persons.create(body, user);
  }

  @Get(':id')
  @Roles('clerk', 'head', 'auditor', 'admin')
  personalFile(@Param('id', new UuidPipe()) id: string, @CurrentUser() user: CurrentUserInfo) {
    return this.persons.personalFile(id, user);
  }

  @Patch(':id')
  @Roles('clerk')
  @ApiBody({ schema: jsonSchema(personUpdateSchema) })
  update(@Param('id', new UuidPipe()) id: string, @Body(new ZodPipe(personUpdateSchema)) body: PersonUpdate, @CurrentUser() user: CurrentUserInfo) {
    return this.persons.update(id, body, user);
  }
}
