import { Module } from '@nestjs/common';
import { ResourcesModule } from '../resources/resources.module';
import { ResourceFileRulesController } from './resource-file-rules.controller';
import { ResourceFilesController } from './resource-files.controller';
import { ResourceFilesRepository } from './resource-files.repository';
import { ResourceFilesService } from './resource-files.service';

@Module({ imports: [ResourcesModule], controllers: [ResourceFileRulesController, ResourceFilesController], providers: [ResourceFilesService, ResourceFilesRepository] })
export class ResourceFilesModule {}
