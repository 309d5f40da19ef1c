import { Controller, Get, Injectable, Module } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { CurrentUser, type CurrentUserInfo } from '../auth/current-user';
import { notFound } from '../common/api.exception';
import { Authority } from './authority.entity';

@Injectable()
export class AuthoritiesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  // Only the authorities where the user holds a role.
  mine(user: CurrentUserInfo): Promise<Authority[]> {
    const ids = [...new Set(user.roles.map((r) => r.authorityId))];
    return this.db.getRepository(Authority).find({ where: { id: In(ids) }, order: { name: 'ASC' } });
  }

  async get(id: string): Promise<Authority> {
    const authority = await this.db.getRepository(Authority).findOne({ where: { id } });
    if (!authority) throw notFound('Орган');
    return authority;
  }
}

@ApiTags('authorities')
@Controller('authorities')
class AuthoritiesController {
  constructor(private readonly authorities: AuthoritiesService) {}

  @Get()
  mine(@CurrentUser() user: CurrentUserInfo) {
    return this.authorities.mine(user);
  }
}

@Module({ controllers: [AuthoritiesController], providers: [AuthoritiesService], exports: [AuthoritiesService] })
export class AuthoritiesModule {}
