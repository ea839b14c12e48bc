import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import { ROSTER_COLUMN_HEADERS, ROSTER_COLUMNS, ROSTER_IMPORT_MAX_BYTES, ROSTER_IMPORT_MAX_ROWS } from '@repo/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import { CurrentActor, type Actor } from '../../common/access/actor';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { Client, type ClientInfo } from '../../common/http/client-info';
import { readRosterUpload } from './read-roster-upload';
import { RosterExportService } from './roster-export.service';
import { RosterImportService } from './roster-import.service';
import { RosterExportQueryDto, RosterImportQueryDto, RosterImportReportDto } from './roster-transfer.dto';

const HEADERS = ROSTER_COLUMNS.map((column) => ROSTER_COLUMN_HEADERS[column].header).join(';');

@Controller('roster')
export class RosterTransferController {
  constructor(
    private readonly exporter: RosterExportService,
    private readonly importer: RosterImportService,
  ) {}

  /**
   * The (filtered) roster as CSV for Swedish Excel: UTF-8 with BOM, semicolons, CRLF, lists
   * separated by "|". Coordinators only, and audited. The same file can be edited and imported.
   */
  @RequirePermission('roster:export')
  @Get('export')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: `One row per current contact under the header ${HEADERS}.`, content: { 'text/csv': { schema: { type: 'string' } } } })
  async export(@CurrentActor() actor: Actor, @Query() query: RosterExportQueryDto, @Client() client: ClientInfo, @Res({ passthrough: true }) reply: FastifyReply) {
    const { fileName, csv } = await this.exporter.exportCsv(actor, query, client);
    void reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName}"`);
    return csv;
  }

  /**
   * Upserts contacts by email from a CSV file (UTF-8 with or without BOM, or Windows-1252; ";" or
   * "," separated). dryRun (form field or query, default true) only reports; dryRun=false writes
   * all rows in one transaction, or answers 400 (has_row_errors, with the report) and writes none.
   * A blank cell clears the field; a column the file lacks is left as it is.
   */
  @RequirePermission('roster:import')
  @Post('import')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', description: `At most ${ROSTER_IMPORT_MAX_BYTES / 1024 / 1024} MB and ${ROSTER_IMPORT_MAX_ROWS} rows.` },
        dryRun: { type: 'string', enum: ['true', 'false'], description: 'true (the default): only report. false: apply.' },
      },
    },
  })
  @ZodResponse({ status: 200, type: RosterImportReportDto })
  async import(@CurrentActor() actor: Actor, @Query() query: RosterImportQueryDto, @Req() request: FastifyRequest, @Client() client: ClientInfo) {
    return this.importer.import(actor, await readRosterUpload(request, query), client);
  }
}
