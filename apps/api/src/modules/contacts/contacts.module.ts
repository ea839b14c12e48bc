import { Module } from '@nestjs/common';
import { ContactsController } from './contacts.controller';
import { ContactsRepository } from './contacts.repository';
import { ContactsService } from './contacts.service';

// The repository is shared with the freshness loop, whose mailed links update a contact the same way.
@Module({ controllers: [ContactsController], providers: [ContactsService, ContactsRepository], exports: [ContactsRepository] })
export class ContactsModule {}
