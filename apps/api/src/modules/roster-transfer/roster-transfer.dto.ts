import { RosterExportQuerySchema, RosterImportQuerySchema, RosterImportReportSchema } from '@repo/contracts';
import { createZodDto } from 'nestjs-zod';

export class RosterExportQueryDto extends createZodDto(RosterExportQuerySchema) {}
export class RosterImportQueryDto extends createZodDto(RosterImportQuerySchema) {}
export class RosterImportReportDto extends createZodDto(RosterImportReportSchema) {}
