import { FamilyLink } from './family-link.entity';
import { Person, PersonChange } from './person.entity';
import { PersonMerge } from './person-merge.entity';

export const PERSON_ENTITIES = [Person, PersonChange, FamilyLink, PersonMerge];
