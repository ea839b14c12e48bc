import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ZodResponse } from 'nestjs-zod';
import { CurrentActor, type Actor } from '../../common/access/actor';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { Client, type ClientInfo } from '../../common/http/client-info';
import { UpdateUserInputDto, UserDto, UserIdParamDto, UserListQueryDto, UserPageDto } from './users.dto';
import { UsersService } from './users.service';

@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @RequirePermission('users:read')
  @Get()
  @ZodResponse({ status: 200, type: UserPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: UserListQueryDto) {
    return this.users.list(actor, query);
  }

  @RequirePermission('users:read')
  @Get(':id')
  @ZodResponse({ status: 200, type: UserDto })
  get(@CurrentActor() actor: Actor, @Param() params: UserIdParamDto) {
    return this.users.get(actor, params.id);
  }

  /** Role, agency editor, coordinator scope, disable/enable. Role changes and disabling end the user's sessions. */
  @RequirePermission('users:manage')
  @Patch(':id')
  @ZodResponse({ status: 200, type: UserDto })
  update(@CurrentActor() actor: Actor, @Param() params: UserIdParamDto, @Body() body: UpdateUserInputDto, @Client() client: ClientInfo) {
    return this.users.update(actor, params.id, body, client);
  }
}
