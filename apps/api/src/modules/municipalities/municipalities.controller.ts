import { Controller, Get } from '@nestjs/common';
import { ZodResponse } from 'nestjs-zod';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { MunicipalityListDto } from './municipalities.dto';
import { MunicipalitiesService } from './municipalities.service';

@Controller('municipalities')
export class MunicipalitiesController {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  @RequirePermission('directory:read')
  @Get()
  @ZodResponse({ status: 200, type: MunicipalityListDto })
  list() {
    return this.municipalities.list();
  }
}
