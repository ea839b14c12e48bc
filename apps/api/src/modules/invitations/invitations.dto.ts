import {
  AcceptInvitationInputSchema,
  CreateInvitationInputSchema,
  IdParamSchema,
  InvitationListSchema,
  InvitationPreviewSchema,
  InvitationSchema,
  InvitationTokenInputSchema,
} from '@repo/contracts';
import { createZodDto } from 'nestjs-zod';

export class CreateInvitationInputDto extends createZodDto(CreateInvitationInputSchema) {}
export class InvitationDto extends createZodDto(InvitationSchema) {}
export class InvitationListDto extends createZodDto(InvitationListSchema) {}
export class InvitationTokenInputDto extends createZodDto(InvitationTokenInputSchema) {}
export class InvitationPreviewDto extends createZodDto(InvitationPreviewSchema) {}
export class AcceptInvitationInputDto extends createZodDto(AcceptInvitationInputSchema) {}
export class InvitationIdParamDto extends createZodDto(IdParamSchema) {}
