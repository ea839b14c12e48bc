import { Module } from '@nestjs/common';
import { MeController } from './me.controller';
import { UsersModule } from '../users/users.module';
import { MeService } from './me.service';

@Module({ imports: [UsersModule], controllers: [MeController], providers: [MeService] })
export class MeModule {}
