import { CancelEventInputSchema, CreateEventInputSchema, EventListQuerySchema, EventPageSchema, EventSchema, IdParamSchema, UpdateEventInputSchema } from '@repo/contracts';
import { createZodDto } from 'nestjs-zod';

export class EventDto extends createZodDto(EventSchema) {}
export class EventPageDto extends createZodDto(EventPageSchema) {}
export class EventListQueryDto extends createZodDto(EventListQuerySchema) {}
export class CreateEventInputDto extends createZodDto(CreateEventInputSchema) {}
export class UpdateEventInputDto extends createZodDto(UpdateEventInputSchema) {}
export class CancelEventInputDto extends createZodDto(CancelEventInputSchema) {}
export class EventIdParamDto extends createZodDto(IdParamSchema) {}
