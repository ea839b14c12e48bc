import { Injectable } from '@nestjs/common';
import type { Contact, ContactListQuery, ContactPage, CreateContactInput, UpdateContactInput } from '@repo/contracts';
import type { Actor } from '../../common/access/actor';
import { canEditAgencyRoster } from '../../common/access/roster-access';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { AppError, fieldError } from '../../common/errors/app-error';
import type { ClientInfo } from '../../common/http/client-info';
import { PrismaService } from '../../prisma/prisma.service';
import { findNamedAgency } from '../agencies/agency-lookup';
import { fieldChanges } from '../history/field-changes';
import { toContact, type ContactRow } from './contacts.mapper';
import { ContactsRepository, type ContactLists } from './contacts.repository';

type ContactFields = Omit<UpdateContactInput, 'version'>;

/** The people of the roster. A user's own entry is theirs; the agency's roster editors keep the rest. */
@Injectable()
export class ContactsService {
  constructor(
    private readonly contacts: ContactsRepository,
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(query: ContactListQuery): Promise<ContactPage> {
    const { rows, total } = await this.contacts.list(query);
    const now = this.clock.now();
    return { items: rows.map((row) => toContact(row, now)), total, page: query.page, pageSize: query.pageSize };
  }

  /** The signed-in user's own entry in the roster. */
  async own(actor: Actor): Promise<Contact> {
    const row = await this.contacts.findByUser(actor.id);
    if (!row || row.archivedAt) throw new AppError('NOT_FOUND', 'You have no entry in the roster yet.');
    return toContact(row, this.clock.now());
  }

  async get(id: string): Promise<Contact> {
    const row = await this.contacts.findById(id);
    if (!row || row.archivedAt) throw new AppError('NOT_FOUND', 'There is no such contact.');
    return toContact(row, this.clock.now());
  }

  async create(actor: Actor, input: CreateContactInput, client: ClientInfo): Promise<Contact> {
    const agency = await findNamedAgency(this.prisma.client, input.agencyId);
    if (!canEditAgencyRoster(actor, agency)) {
      throw new AppError('FORBIDDEN', 'Only the agency’s editors and the coordinators of its municipalities may add contacts to it.');
    }
    const { fields, lists } = await this.split(input);
    const now = this.clock.now();
    const row = await this.prisma.client.$transaction(async (tx) => {
      // A new entry is verified by whoever enters it.
      const created = await this.contacts.create(
        { ...fields, name: input.name, agencyId: agency.id, lastVerifiedAt: now, lastVerifiedById: actor.id },
        lists,
        tx,
      );
      await this.audit.record({ action: 'contact.created', actor: { id: actor.id, email: actor.email }, target: { type: 'contact', id: created.id, label: created.name }, client }, tx);
      return created;
    });
    return toContact(row, now);
  }

  async update(actor: Actor, id: string, input: UpdateContactInput, client: ClientInfo): Promise<Contact> {
    const current = await this.findEditable(actor, id);
    const { version, ...changes } = input;
    const { fields, lists } = await this.split(changes);
    const now = this.clock.now();
    const row = await this.prisma.client.$transaction(async (tx) => {
      // Editing is also confirming: the details are as the editor saw them (and the freshness loop starts over).
      const verified = { lastVerifiedAt: now, lastVerifiedById: actor.id, verificationRequestedAt: null, verificationRemindedAt: null, verificationQueuedAt: null };
      const updated = await this.contacts.updateIfVersion(id, version, { ...fields, ...verified }, lists, tx);
      if (!updated) throw new AppError('VERSION_CONFLICT', 'Someone changed this contact since you loaded it; reload and redo your edit.', { currentVersion: current.version });
      await this.audit.record(
        {
          action: 'contact.updated',
          actor: { id: actor.id, email: actor.email },
          target: { type: 'contact', id, label: current.name },
          client,
          // Field by field, old and new, for the contact's history (lists as codes and slugs).
          details: {
            changes: fieldChanges(
              {
                ...current,
                municipalityCodes: current.municipalities.map(({ municipality }) => municipality.code),
                competenceSlugs: current.competences.map(({ competence }) => competence.slug),
                awayUntil: current.awayUntil?.toISOString().slice(0, 10) ?? null,
              },
              changes,
            ),
          },
        },
        tx,
      );
      return updated;
    });
    return toContact(row, now);
  }

  /** "The details are still correct": the person themselves or a roster editor confirms them as they are. */
  async verify(actor: Actor, id: string, client: ClientInfo): Promise<Contact> {
    const current = await this.findEditable(actor, id);
    const now = this.clock.now();
    const row = await this.prisma.client.$transaction(async (tx) => {
      // Also takes the contact out of the freshness loop (the mails and the verification queue).
      await tx.contact.update({
        where: { id },
        data: { lastVerifiedAt: now, lastVerifiedById: actor.id, verificationRequestedAt: null, verificationRemindedAt: null, verificationQueuedAt: null },
      });
      await this.audit.record({ action: 'contact.verified', actor: { id: actor.id, email: actor.email }, target: { type: 'contact', id, label: current.name }, client }, tx);
      return this.contacts.findById(id, tx);
    });
    if (!row) throw new AppError('NOT_FOUND', 'There is no such contact.');
    return toContact(row, now);
  }

  /** Archived, not deleted: functions and history keep pointing at who held them. */
  async archive(actor: Actor, id: string, client: ClientInfo): Promise<void> {
    const current = await this.findEditable(actor, id);
    await this.prisma.client.$transaction(async (tx) => {
      await tx.contact.update({ where: { id }, data: { archivedAt: this.clock.now(), version: { increment: 1 } } });
      await this.audit.record({ action: 'contact.archived', actor: { id: actor.id, email: actor.email }, target: { type: 'contact', id, label: current.name }, client }, tx);
    });
  }

  /** The entry is the user's own, or on a roster they may edit. */
  private async findEditable(actor: Actor, id: string): Promise<ContactRow> {
    const row = await this.contacts.findById(id);
    if (!row || row.archivedAt) throw new AppError('NOT_FOUND', 'There is no such contact.');
    const isOwn = row.userId === actor.id;
    const agency = { id: row.agency.id, municipalityCodes: row.agency.municipalities.map((m) => m.municipalityCode) };
    if (!isOwn && !canEditAgencyRoster(actor, agency)) {
      throw new AppError('FORBIDDEN', 'Only the person themselves, their agency’s editors and its coordinators may change this contact.');
    }
    return row;
  }

  /** Plain fields for the row, and the lists (with competence slugs resolved) for the link tables. */
  private async split(input: ContactFields & { agencyId?: string }): Promise<{ fields: Record<string, unknown>; lists: ContactLists }> {
    const { municipalityCodes, competenceSlugs, awayUntil, agencyId: _agencyId, ...fields } = input;
    let competenceIds: string[] | undefined;
    if (competenceSlugs) {
      const known = await this.contacts.competenceIds(competenceSlugs);
      const unknown = competenceSlugs.filter((slug) => !known.has(slug));
      if (unknown.length > 0) throw fieldError('competenceSlugs', 'not_found', `Unknown competence: ${unknown.join(', ')}.`);
      competenceIds = [...new Set(competenceSlugs.map((slug) => known.get(slug)!))];
    }
    const day = awayUntil === undefined ? {} : { awayUntil: awayUntil === null ? null : new Date(`${awayUntil}T00:00:00Z`) };
    return {
      fields: Object.fromEntries(Object.entries({ ...fields, ...day }).filter(([, value]) => value !== undefined)),
      lists: { municipalityCodes: municipalityCodes ? [...new Set(municipalityCodes)] : undefined, competenceIds },
    };
  }
}
