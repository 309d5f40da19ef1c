import { Module } from '@nestjs/common';
import { FamilyLinksService } from './family-links.service';
import { PersonMergeService } from './person-merge.service';
import { PersonsController } from './persons.controller';
import { PersonsService } from './persons.service';

@Module({ controllers: [PersonsController], providers: [PersonsService, FamilyLinksService, PersonMergeService], exports: [PersonsService] })
export class PersonsModule {}
