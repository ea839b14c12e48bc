import { CalendarFeedsSchema, IdParamSchema, NetworkFeedQuerySchema } from '@repo/contracts';
import { createZodDto } from 'nestjs-zod';

export class CalendarFeedsDto extends createZodDto(CalendarFeedsSchema) {}
export class NetworkFeedQueryDto extends createZodDto(NetworkFeedQuerySchema) {}
export class EventIdParamDto extends createZodDto(IdParamSchema) {}
