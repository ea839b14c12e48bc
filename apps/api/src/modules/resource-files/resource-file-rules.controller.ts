import { Controller, Get, Inject } from '@nestjs/common';
import { RESOURCE_FILE_TYPES, type ResourceFileRules } from '@repo/contracts';
import { ZodResponse } from 'nestjs-zod';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { ResourceFileRulesDto } from './resource-files.dto';

@Controller('resources/file-rules')
export class ResourceFileRulesController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The size limit and the types uploads may have, so a form can stop a file that would be refused. */
  @RequirePermission('resources:share')
  @Get()
  @ZodResponse({ type: ResourceFileRulesDto })
  rules(): ResourceFileRules {
    return { maxBytes: this.config.RESOURCE_FILE_MAX_MB * 1024 * 1024, types: [...RESOURCE_FILE_TYPES] };
  }
}
