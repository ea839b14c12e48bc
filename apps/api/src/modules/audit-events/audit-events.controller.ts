import { Controller, Get, Query } from '@nestjs/common';
import { AuditEventPageSchema, AuditListQuerySchema } from '@repo/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { AuditEventsService } from './audit-events.service';

class AuditListQueryDto extends createZodDto(AuditListQuerySchema) {}
class AuditEventPageDto extends createZodDto(AuditEventPageSchema) {}

@Controller('audit-events')
export class AuditEventsController {
  constructor(private readonly auditEvents: AuditEventsService) {}

  @RequirePermission('audit:read')
  @Get()
  @ZodResponse({ status: 200, type: AuditEventPageDto })
  list(@Query() query: AuditListQueryDto) {
    return this.auditEvents.list(query);
  }
}
