import { Controller, Delete, Get, HttpCode, Param, Post, Req, Res, type StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import { RESOURCE_FILE_TYPES } from '@repo/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import { CurrentActor, type Actor } from '../../common/access/actor';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { Client, type ClientInfo } from '../../common/http/client-info';
import { ResourceDto, ResourceIdParamDto } from '../resources/resources.dto';
import { downloadResponse } from './download-response';
import { readResourceFileUpload } from './read-resource-file-upload';
import { ResourceFileParamDto, ResourceFileVersionParamDto } from './resource-files.dto';
import { ResourceFilesService } from './resource-files.service';

const DOWNLOAD_DESCRIPTION = 'The bytes as uploaded, always as an attachment (Content-Disposition), with the type detected at upload.';

@Controller('resources/:id/files')
export class ResourceFilesController {
  constructor(private readonly files: ResourceFilesService) {}

  /**
   * A new file, or with "replaces" a new version of one (the earlier versions are kept). The type
   * is detected from the content; a refusal (missing, empty, too_large, type_not_allowed) is in
   * details.issues at path ["file"] and leaves nothing stored.
   */
  @RequirePermission('resources:share')
  @Post()
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', description: `One of: ${RESOURCE_FILE_TYPES.join(', ')}. At most RESOURCE_FILE_MAX_MB (25 MB unless configured).` },
        replaces: { type: 'string', format: 'uuid', description: 'The id of the file this upload is a new version of.' },
      },
    },
  })
  @ZodResponse({ status: 201, type: ResourceDto })
  upload(@CurrentActor() actor: Actor, @Param() params: ResourceIdParamDto, @Req() request: FastifyRequest, @Client() client: ClientInfo) {
    return this.files.upload(actor, params.id, (maxBytes) => readResourceFileUpload(request, maxBytes), client);
  }

  /** The current version. 404 for a resource the caller may not see, whatever the file id. */
  @RequirePermission('resources:read')
  @Get(':fileId')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: DOWNLOAD_DESCRIPTION, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } })
  async download(@CurrentActor() actor: Actor, @Param() params: ResourceFileParamDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    return downloadResponse(reply, await this.files.download(actor, params.id, params.fileId));
  }

  /** An earlier (or the current) version by its number. */
  @RequirePermission('resources:read')
  @Get(':fileId/versions/:number')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: DOWNLOAD_DESCRIPTION, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } })
  async downloadVersion(
    @CurrentActor() actor: Actor,
    @Param() params: ResourceFileVersionParamDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return downloadResponse(reply, await this.files.download(actor, params.id, params.fileId, params.number));
  }

  /** The file with all its versions. A published resource left with neither link nor file: 409. */
  @RequirePermission('resources:share')
  @Delete(':fileId')
  @HttpCode(204)
  async delete(@CurrentActor() actor: Actor, @Param() params: ResourceFileParamDto, @Client() client: ClientInfo): Promise<void> {
    await this.files.delete(actor, params.id, params.fileId, client);
  }
}
