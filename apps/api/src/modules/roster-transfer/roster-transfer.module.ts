import { Module } from '@nestjs/common';
import { RosterExportService } from './roster-export.service';
import { RosterImportService } from './roster-import.service';
import { RosterTransferController } from './roster-transfer.controller';
import { RosterTransferRepository } from './roster-transfer.repository';

@Module({ controllers: [RosterTransferController], providers: [RosterExportService, RosterImportService, RosterTransferRepository] })
export class RosterTransferModule {}
