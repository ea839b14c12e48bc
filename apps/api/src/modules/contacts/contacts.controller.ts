import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ZodResponse } from 'nestjs-zod';
import { CurrentActor, type Actor } from '../../common/access/actor';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { Client, type ClientInfo } from '../../common/http/client-info';
import { ContactDto, ContactIdParamDto, ContactListQueryDto, ContactPageDto, CreateContactInputDto, UpdateContactInputDto } from './contacts.dto';
import { ContactsService } from './contacts.service';

@Controller('contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @RequirePermission('directory:read')
  @Get()
  @ZodResponse({ status: 200, type: ContactPageDto })
  list(@Query() query: ContactListQueryDto) {
    return this.contacts.list(query);
  }

  /** The signed-in user's own entry, for "my details are still correct". */
  @RequirePermission('profile:manage')
  @Get('mine')
  @ZodResponse({ status: 200, type: ContactDto })
  own(@CurrentActor() actor: Actor) {
    return this.contacts.own(actor);
  }

  @RequirePermission('directory:read')
  @Get(':id')
  @ZodResponse({ status: 200, type: ContactDto })
  get(@Param() params: ContactIdParamDto) {
    return this.contacts.get(params.id);
  }

  @RequirePermission('roster:edit')
  @Post()
  @ZodResponse({ status: 201, type: ContactDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateContactInputDto, @Client() client: ClientInfo) {
    return this.contacts.create(actor, body, client);
  }

  /** The person themselves, their agency's editors and its coordinators; a stale version gets 412. */
  @RequirePermission('roster:edit')
  @Patch(':id')
  @ZodResponse({ status: 200, type: ContactDto })
  update(@CurrentActor() actor: Actor, @Param() params: ContactIdParamDto, @Body() body: UpdateContactInputDto, @Client() client: ClientInfo) {
    return this.contacts.update(actor, params.id, body, client);
  }

  /** Confirms the details as they are; does not change the version, so an open edit form stays valid. */
  @RequirePermission('roster:edit')
  @Post(':id/verify')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: ContactDto })
  verify(@CurrentActor() actor: Actor, @Param() params: ContactIdParamDto, @Client() client: ClientInfo) {
    return this.contacts.verify(actor, params.id, client);
  }

  @RequirePermission('roster:edit')
  @Post(':id/archive')
  @HttpCode(204)
  archive(@CurrentActor() actor: Actor, @Param() params: ContactIdParamDto, @Client() client: ClientInfo) {
    return this.contacts.archive(actor, params.id, client);
  }
}
