import { Body, Controller, HttpCode, Patch, Post } from '@nestjs/common';
import { ZodResponse } from 'nestjs-zod';
import { Public } from '../../common/access/public.decorator';
import { Client, type ClientInfo } from '../../common/http/client-info';
import { ContactSelfUpdateInputDto, ContactVerificationDto, ContactVerificationTokenInputDto } from './freshness.dto';
import { ContactVerificationsService } from './contact-verifications.service';

/**
 * The mailed "are your details still correct?" links. The token travels in the body, never in a
 * URL that logs or referrers would keep; it is worth one confirmation or one update.
 */
@Controller('contact-verifications')
export class ContactVerificationsController {
  constructor(private readonly verifications: ContactVerificationsService) {}

  @Public()
  @Post('preview')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: ContactVerificationDto })
  preview(@Body() body: ContactVerificationTokenInputDto, @Client() client: ClientInfo) {
    return this.verifications.preview(body.token, client);
  }

  @Public()
  @Post('confirm')
  @HttpCode(204)
  confirm(@Body() body: ContactVerificationTokenInputDto, @Client() client: ClientInfo) {
    return this.verifications.confirm(body.token, client);
  }

  @Public()
  @Patch()
  @ZodResponse({ status: 200, type: ContactVerificationDto })
  update(@Body() body: ContactSelfUpdateInputDto, @Client() client: ClientInfo) {
    return this.verifications.update(body, client);
  }
}
