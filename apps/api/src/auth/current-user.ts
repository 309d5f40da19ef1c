import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@casework/domain';
import { forbidden } from '../common/api.exception';

export type RoleGrant = { authorityId: string; role: Role };

export type CurrentUserInfo = {
  id: string;
  login: string;
  fullName: string;
  position: string | null;
  roles: RoleGrant[];
};

export const IS_PUBLIC = 'casework:public';
export const ROLES = 'casework:roles';

// No session needed (health, login, public reference data).
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

// The user must hold one of these roles in at least one authority; the service then checks the authority of the record.
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES, roles);

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): CurrentUserInfo => {
  const request = ctx.switchToHttp().getRequest<{ user?: CurrentUserInfo }>();
  if (!request.user) throw new Error('CurrentUser used on a public route');
  return request.user;
});

export const authoritiesWithRole = (user: CurrentUserInfo, roles: readonly Role[]): string[] => [
  ...new Set(user.roles.filter((g) => roles.includes(g.role)).map((g) => g.authorityId)),
];

export const rolesIn = (user: CurrentUserInfo, authorityId: string): Role[] => user.roles.filter((g) => g.authorityId === authorityId).map((g) => g.role);

export const assertRoleIn = (user: CurrentUserInfo, authorityId: string, roles: readonly Role[]): void => {
  if (!rolesIn(user, authorityId).some((r) => roles.includes(r))) throw forbidden();
};
