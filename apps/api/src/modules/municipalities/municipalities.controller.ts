import { Controller, Get } from '@nestjs/common';
import { ZodResponse } from 'nestjs-zod';
import { Public } from '../../common/access/public.decorator';
import { MunicipalityListDto } from './municipalities.dto';
import { MunicipalitiesService } from './municipalities.service';

@Controller('municipalities')
export class MunicipalitiesController {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  /** Open until sign-in exists; then it requires login like the rest of the directory. */
  @Public()
  @Get()
  @ZodResponse({ status: 200, type: MunicipalityListDto })
  list() {
    return this.municipalities.list();
  }
}
