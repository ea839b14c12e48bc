import { Module } from '@nestjs/common';
import { CompetencesController } from './competences.controller';

@Module({ controllers: [CompetencesController] })
export class CompetencesModule {}
