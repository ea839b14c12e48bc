import { Module } from '@nestjs/common';
import { CounterpartsController } from './counterparts.controller';
import { CounterpartsRepository } from './counterparts.repository';
import { CounterpartsService } from './counterparts.service';

@Module({ controllers: [CounterpartsController], providers: [CounterpartsService, CounterpartsRepository] })
export class CounterpartsModule {}
