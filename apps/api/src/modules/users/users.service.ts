import { Injectable } from '@nestjs/common';
import { canAssignRole, type CoordinatorScope, type Role, type UpdateUserInput, type User, type UserListQuery, type UserPage } from '@repo/contracts';
import type { Actor } from '../../common/access/actor';
import { assertScopeWithin, invalidScope, isScopeWithin } from '../../common/access/coordinator-scope';
import { isInScope, scopeFilter } from '../../common/access/scope';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { AppError } from '../../common/errors/app-error';
import type { ClientInfo } from '../../common/http/client-info';
import { PrismaService } from '../../prisma/prisma.service';
import { SessionService } from '../auth/session.service';
import { scopeOfRow, toUser, type UserRow } from './users.mapper';
import { UsersRepository } from './users.repository';

/** User administration: admins everywhere, coordinators for the agencies in their municipalities. */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly prisma: PrismaService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, query: UserListQuery): Promise<UserPage> {
    const { rows, total } = await this.users.list(query, scopeFilter(actor));
    return { items: rows.map(toUser), total, page: query.page, pageSize: query.pageSize };
  }

  async get(actor: Actor, id: string): Promise<User> {
    return toUser(await this.findInScope(actor, id));
  }

  async update(actor: Actor, id: string, input: UpdateUserInput, client: ClientInfo): Promise<User> {
    const target = await this.findInScope(actor, id);
    if (target.version !== input.version) {
      throw new AppError('VERSION_CONFLICT', 'Someone changed this user since you loaded it; reload and try again.');
    }
    const changesAccess = input.role !== undefined || input.status !== undefined || input.coordinatorScope !== undefined;
    if (changesAccess && target.id === actor.id) {
      throw new AppError('FORBIDDEN', 'Ask another administrator to change your own role, scope or status.');
    }
    if (!canAssignRole(actor.role, target.role)) throw new AppError('FORBIDDEN', 'You cannot change a user whose role is above yours.');
    // A coordinator may manage another coordinator only if that one's reach lies within their own.
    const targetScope = scopeOfRow(target);
    if (targetScope && !isScopeWithin(actor, targetScope)) {
      throw new AppError('FORBIDDEN', 'This coordinator’s scope reaches beyond yours; ask an administrator.');
    }
    const role: Role = input.role ?? target.role;
    if (!canAssignRole(actor.role, role)) throw new AppError('FORBIDDEN', 'You cannot give a role above your own.');
    const scope = this.nextScope(actor, target, role, input.coordinatorScope);

    const isRoleChanged = role !== target.role;
    const isDisabled = input.status === 'DISABLED' && !target.disabledAt;
    const isEnabled = input.status === 'ACTIVE' && target.disabledAt !== null;
    const row = await this.prisma.client.$transaction(async (tx) => {
      const { count } = await tx.user.updateMany({
        where: { id, version: input.version },
        data: {
          role,
          isAgencyEditor: input.isAgencyEditor ?? target.isAgencyEditor,
          coordinatesWholeRegion: scope?.wholeRegion ?? false,
          ...(isDisabled ? { disabledAt: this.clock.now() } : {}),
          ...(isEnabled ? { disabledAt: null } : {}),
          version: { increment: 1 },
        },
      });
      if (count !== 1) throw new AppError('VERSION_CONFLICT', 'Someone changed this user since you loaded it; reload and try again.');
      await tx.coordinatorScopeMunicipality.deleteMany({ where: { userId: id } });
      if (scope && !scope.wholeRegion) {
        await tx.coordinatorScopeMunicipality.createMany({ data: scope.municipalityCodes.map((municipalityCode) => ({ userId: id, municipalityCode })) });
      }
      // A changed role or a disabled account takes effect at once, on every device.
      if (isRoleChanged || isDisabled) await this.sessions.endAllForUser(id, {}, tx);
      const who = { actor: { id: actor.id, email: actor.email }, target: { type: 'user', id, label: target.email }, client };
      if (isRoleChanged) await this.audit.record({ ...who, action: 'user.role_changed', details: { from: target.role, to: role } }, tx);
      if (isDisabled) await this.audit.record({ ...who, action: 'user.disabled' }, tx);
      if (isEnabled) await this.audit.record({ ...who, action: 'user.enabled' }, tx);
      const otherChanges = {
        ...(input.isAgencyEditor !== undefined && input.isAgencyEditor !== target.isAgencyEditor ? { isAgencyEditor: input.isAgencyEditor } : {}),
        ...(input.coordinatorScope ? { coordinatorScope: input.coordinatorScope } : {}),
      };
      if (Object.keys(otherChanges).length > 0) await this.audit.record({ ...who, action: 'user.updated', details: otherChanges }, tx);
      return this.users.findById(id, tx);
    });
    if (!row) throw new AppError('NOT_FOUND', 'There is no such user.');
    return toUser(row);
  }

  /** A user the actor may see and manage; others are as good as absent. */
  private async findInScope(actor: Actor, id: string): Promise<UserRow> {
    const row = await this.users.findById(id);
    const municipalities = row ? await this.users.agencyMunicipalities(row.agency.id) : null;
    if (!row || !municipalities || !isInScope(actor, municipalities)) throw new AppError('NOT_FOUND', 'There is no such user.');
    return row;
  }

  private nextScope(actor: Actor, target: UserRow, role: Role, requested: CoordinatorScope | undefined): CoordinatorScope | null {
    if (role !== 'COORDINATOR') {
      if (requested) throw invalidScope('Only coordinators have a scope.');
      return null;
    }
    const scope = requested ?? scopeOfRow(target) ?? undefined;
    if (!scope) throw invalidScope('A coordinator needs a scope: the whole region or some municipalities.');
    assertScopeWithin(actor, scope);
    return scope;
  }
}
