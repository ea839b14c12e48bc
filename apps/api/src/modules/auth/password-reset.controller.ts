import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Public } from '../../common/access/public.decorator';
import { Client, type ClientInfo } from '../../common/http/client-info';
import { ForgotPasswordInputDto, ResetPasswordInputDto } from './auth.dto';
import { PasswordResetService } from './password-reset.service';

@Controller('auth/password')
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  /** Always 202, known address or not: the answer reveals no accounts. */
  @Public()
  @Post('forgot')
  @HttpCode(202)
  forgot(@Body() body: ForgotPasswordInputDto, @Client() client: ClientInfo) {
    return this.resets.request(body.email, client);
  }

  @Public()
  @Post('reset')
  @HttpCode(204)
  reset(@Body() body: ResetPasswordInputDto, @Client() client: ClientInfo) {
    return this.resets.reset(body.token, body.password, client);
  }
}
