import { Body, Controller, Get, Post } from '@nestjs/common';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Public } from '../../src/common/access/public.decorator';

class ProbeBodyDto extends createZodDto(z.strictObject({ name: z.string().min(1) })) {}

/** Routes that only tests mount, to drive the plumbing (body parsing, crashes, slow requests). */
@Public()
@Controller('probe')
export class ProbeController {
  @Post('echo')
  echo(@Body() body: ProbeBodyDto) {
    return body;
  }

  @Get('boom')
  boom(): never {
    throw new Error('secret internal detail');
  }

  @Get('slow')
  async slow() {
    await new Promise((resolve) => setTimeout(resolve, 400));
    return { finished: true };
  }
}
