import { Controller, Get, Query } from '@nestjs/common';
import { CounterpartListSchema, CounterpartQuerySchema } from '@repo/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { CounterpartsService } from './counterparts.service';

class CounterpartQueryDto extends createZodDto(CounterpartQuerySchema) {}
class CounterpartListDto extends createZodDto(CounterpartListSchema) {}

@Controller('counterparts')
export class CounterpartsController {
  constructor(private readonly counterparts: CounterpartsService) {}

  /** "I need <competence or function> in <municipality>, from <sector>": a ranked short list. */
  @RequirePermission('directory:read')
  @Get()
  @ZodResponse({ status: 200, type: CounterpartListDto })
  find(@Query() query: CounterpartQueryDto) {
    return this.counterparts.find(query);
  }
}
