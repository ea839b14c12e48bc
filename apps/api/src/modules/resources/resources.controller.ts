import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ZodResponse } from 'nestjs-zod';
import { CurrentActor, type Actor } from '../../common/access/actor';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { Client, type ClientInfo } from '../../common/http/client-info';
import { CreateResourceInputDto, ResourceDto, ResourceIdParamDto, ResourceListQueryDto, ResourcePageDto, UpdateResourceInputDto } from './resources.dto';
import { ResourcesService } from './resources.service';

@Controller('resources')
export class ResourcesController {
  constructor(private readonly resources: ResourcesService) {}

  /** The library: published resources (or with mine=true the own agency's, drafts included), newest first or by relevance to q. */
  @RequirePermission('resources:read')
  @Get()
  @ZodResponse({ status: 200, type: ResourcePageDto })
  list(@CurrentActor() actor: Actor, @Query() query: ResourceListQueryDto) {
    return this.resources.list(actor, query);
  }

  /** 404 also for a draft or an owner-agency resource the caller may not see. */
  @RequirePermission('resources:read')
  @Get(':id')
  @ZodResponse({ status: 200, type: ResourceDto })
  get(@CurrentActor() actor: Actor, @Param() params: ResourceIdParamDto) {
    return this.resources.get(actor, params.id);
  }

  /**
   * Shared for the caller's own agency; coordinators and administrators may name another. Publishing
   * needs a link (a new resource has no files yet): 409 otherwise. The contact defaults to the caller's own roster entry at the owner agency.
   */
  @RequirePermission('resources:share')
  @Post()
  @ZodResponse({ status: 201, type: ResourceDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateResourceInputDto, @Client() client: ClientInfo) {
    return this.resources.create(actor, body, client);
  }

  /** The owner agency's members and the coordinators; a stale version gets 412, publishing without a link or file 409. */
  @RequirePermission('resources:share')
  @Patch(':id')
  @ZodResponse({ status: 200, type: ResourceDto })
  update(@CurrentActor() actor: Actor, @Param() params: ResourceIdParamDto, @Body() body: UpdateResourceInputDto, @Client() client: ClientInfo) {
    return this.resources.update(actor, params.id, body, client);
  }

  /** Removes the resource with every version of its files, stored bytes included. */
  @RequirePermission('resources:share')
  @Delete(':id')
  @HttpCode(204)
  delete(@CurrentActor() actor: Actor, @Param() params: ResourceIdParamDto, @Client() client: ClientInfo) {
    return this.resources.delete(actor, params.id, client);
  }
}
