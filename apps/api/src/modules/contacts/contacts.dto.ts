import { ContactListQuerySchema, ContactPageSchema, ContactSchema, CreateContactInputSchema, IdParamSchema, UpdateContactInputSchema } from '@repo/contracts';
import { createZodDto } from 'nestjs-zod';

export class ContactDto extends createZodDto(ContactSchema) {}
export class ContactPageDto extends createZodDto(ContactPageSchema) {}
export class ContactListQueryDto extends createZodDto(ContactListQuerySchema) {}
export class CreateContactInputDto extends createZodDto(CreateContactInputSchema) {}
export class UpdateContactInputDto extends createZodDto(UpdateContactInputSchema) {}
export class ContactIdParamDto extends createZodDto(IdParamSchema) {}
