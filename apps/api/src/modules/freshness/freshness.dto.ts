import {
  ContactSelfUpdateInputSchema,
  ContactVerificationSchema,
  ContactVerificationTokenInputSchema,
  JobRunSchema,
  VerificationQueuePageSchema,
  VerificationQueueQuerySchema,
} from '@repo/contracts';
import { createZodDto } from 'nestjs-zod';

export class ContactVerificationTokenInputDto extends createZodDto(ContactVerificationTokenInputSchema) {}
export class ContactVerificationDto extends createZodDto(ContactVerificationSchema) {}
export class ContactSelfUpdateInputDto extends createZodDto(ContactSelfUpdateInputSchema) {}
export class VerificationQueueQueryDto extends createZodDto(VerificationQueueQuerySchema) {}
export class VerificationQueuePageDto extends createZodDto(VerificationQueuePageSchema) {}
export class JobRunDto extends createZodDto(JobRunSchema) {}
