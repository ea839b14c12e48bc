import { Injectable } from '@nestjs/common';
import type { RosterExportQuery } from '@repo/contracts';
import { Prisma } from '@repo/db';
import { PrismaService } from '../../prisma/prisma.service';
import type { AgencyCandidate, ExistingContact, ImportReference } from './roster-import-plan';

type Db = Prisma.TransactionClient;

const CONTACT_FIELDS = {
  id: true,
  version: true,
  name: true,
  email: true,
  title: true,
  phone: true,
  askMeAbout: true,
  languages: true,
  awayUntil: true,
  lastVerifiedAt: true,
  agency: { select: { id: true, name: true, municipalities: { select: { municipalityCode: true } } } },
  municipalities: { select: { municipalityCode: true }, orderBy: { municipalityCode: 'asc' } },
  competences: { select: { competence: { select: { slug: true, sortOrder: true } } } },
} satisfies Prisma.ContactSelect;

type ContactFieldsRow = Prisma.ContactGetPayload<{ select: typeof CONTACT_FIELDS }>;

/** A contact as the roster file has it: values ready for the columns. */
export interface RosterContact extends ExistingContact {
  lastVerifiedAt: Date | null;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

function toRosterContact(row: ContactFieldsRow): RosterContact {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    email: row.email,
    title: row.title,
    phone: row.phone,
    askMeAbout: row.askMeAbout,
    languages: row.languages,
    awayUntil: row.awayUntil ? day(row.awayUntil) : null,
    lastVerifiedAt: row.lastVerifiedAt,
    municipalities: row.municipalities.map((m) => m.municipalityCode),
    competences: row.competences
      .map(({ competence }) => competence)
      .sort((a, b) => a.sortOrder - b.sortOrder || a.slug.localeCompare(b.slug))
      .map((competence) => competence.slug),
    agency: { id: row.agency.id, name: row.agency.name, municipalityCodes: row.agency.municipalities.map((m) => m.municipalityCode) },
  };
}

/** The plain fields of a contact an import writes, days as YYYY-MM-DD; a field left undefined is not touched. */
export interface ContactFields {
  name?: string;
  email?: string | null;
  title?: string | null;
  phone?: string | null;
  askMeAbout?: string | null;
  languages?: string[];
  awayUntil?: string | null;
}
type ContactField = keyof ContactFields;

/** Who confirmed the details and when: every contact an import writes is verified by the importer. */
export interface VerificationStamp {
  at: Date;
  byId: string;
}

export interface NewContact {
  id: string;
  agencyId: string;
  name: string;
  fields: ContactFields;
  municipalityCodes: string[];
  competenceSlugs: string[];
}

export interface ContactUpdate {
  id: string;
  /** The version the plan read; a contact changed since is not updated. */
  version: number;
  fields: ContactFields;
}

/** The lists of a contact to replace; a list left undefined is kept as it is. */
export interface ContactLists {
  id: string;
  municipalityCodes?: string[];
  competenceSlugs?: string[];
}

/** Column and record type of each field in the batched update (fixed names, never user input). */
const UPDATE_COLUMNS: Record<ContactField, { column: string; type: string }> = {
  name: { column: 'name', type: 'text' },
  email: { column: 'email', type: 'text' },
  title: { column: 'title', type: 'text' },
  phone: { column: 'phone', type: 'text' },
  askMeAbout: { column: 'ask_me_about', type: 'text' },
  languages: { column: 'languages', type: 'text[]' },
  awayUntil: { column: 'away_until', type: 'date' },
};

const dateOfDay = (day: string | null | undefined) => (day === undefined ? undefined : day === null ? null : new Date(`${day}T00:00:00Z`));

@Injectable()
export class RosterTransferRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Current contacts at current agencies, filtered as the export asks. */
  async exportContacts(query: RosterExportQuery): Promise<RosterContact[]> {
    const where: Prisma.ContactWhereInput = {
      archivedAt: null,
      agency: { archivedAt: null, ...(query.sector ? { sector: query.sector } : {}) },
      ...(query.agencyId ? { agencyId: query.agencyId } : {}),
      ...(query.competence ? { competences: { some: { competence: { slug: query.competence } } } } : {}),
      ...(query.municipality
        ? {
            // Named for the municipality, or without an area of their own at an agency covering it (as coverage counts them).
            OR: [
              { municipalities: { some: { municipalityCode: query.municipality } } },
              { municipalities: { none: {} }, agency: { municipalities: { some: { municipalityCode: query.municipality } } } },
            ],
          }
        : {}),
    };
    const rows = await this.prisma.client.contact.findMany({ where, select: CONTACT_FIELDS });
    return rows.map(toRosterContact);
  }

  /** Serialises imports with each other, so two files cannot both create the same address. */
  async lockImports(db: Db): Promise<void> {
    await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('roster.import'))`;
  }

  /** What the rows of a file refer to: their organisations, their contacts, and the lists' vocabularies. */
  async reference(emails: string[], organisations: string[], db: Db = this.prisma.client): Promise<ImportReference> {
    const lowerEmails = [...new Set(emails.map((email) => email.toLowerCase()))];
    // One query after another: inside a transaction they share one connection.
    const agencies = await db.agency.findMany({
      where: { archivedAt: null, name: { in: [...new Set(organisations)], mode: 'insensitive' } },
      select: { id: true, name: true, municipalities: { select: { municipalityCode: true } } },
    });
    const competences = await db.competence.findMany({ where: { archivedAt: null }, select: { slug: true } });
    const municipalities = await db.municipality.findMany({ select: { code: true } });
    // lower(email) is what contacts_email_lower_idx indexes.
    const emailIds =
      lowerEmails.length > 0 ? await db.$queryRaw<{ id: string }[]>`SELECT id FROM contacts WHERE archived_at IS NULL AND lower(email) = ANY(${lowerEmails}::text[])` : [];
    const candidates: AgencyCandidate[] = agencies.map((agency) => ({
      id: agency.id,
      name: agency.name,
      municipalityCodes: agency.municipalities.map((m) => m.municipalityCode),
    }));
    const byEmail = emailIds.length > 0 ? await db.contact.findMany({ where: { id: { in: emailIds.map((row) => row.id) } }, select: CONTACT_FIELDS }) : [];
    const withoutEmail =
      candidates.length > 0
        ? await db.contact.findMany({
            where: { archivedAt: null, agencyId: { in: candidates.map((agency) => agency.id) }, OR: [{ email: null }, { email: '' }] },
            select: CONTACT_FIELDS,
          })
        : [];
    return {
      agencies: candidates,
      competenceSlugs: new Set(competences.map((competence) => competence.slug)),
      municipalityCodes: new Set(municipalities.map((municipality) => municipality.code)),
      contactsByEmail: byEmail.map(toRosterContact),
      contactsWithoutEmail: withoutEmail.map(toRosterContact),
    };
  }

  /** Adds the contacts in a few statements, whatever their number; their ids are chosen by the caller. */
  async createContacts(contacts: NewContact[], stamp: VerificationStamp, db: Db): Promise<void> {
    if (contacts.length === 0) return;
    await db.contact.createMany({
      data: contacts.map(({ id, agencyId, name, fields }) => ({
        ...fields,
        awayUntil: dateOfDay(fields.awayUntil),
        id,
        agencyId,
        name,
        lastVerifiedAt: stamp.at,
        lastVerifiedById: stamp.byId,
      })),
    });
    await this.insertLists(contacts, db);
  }

  /**
   * Applies the updates in one statement per set of changed fields (a row-by-row update would
   * refresh the directory once per contact), each only where the contact still has the version
   * the plan read, raising it. Verification reminders end, as with any verification. Returns the
   * ids it updated.
   */
  async updateContacts(updates: ContactUpdate[], stamp: VerificationStamp, db: Db): Promise<Set<string>> {
    const groups = new Map<string, ContactUpdate[]>();
    for (const update of updates) {
      const key = (Object.keys(update.fields) as ContactField[]).sort().join(',');
      groups.set(key, [...(groups.get(key) ?? []), update]);
    }
    const updated = new Set<string>();
    for (const [key, group] of groups) {
      const fields = key === '' ? [] : (key.split(',') as ContactField[]);
      const assignments = [
        ...fields.map((field) => Prisma.sql`${Prisma.raw(`"${UPDATE_COLUMNS[field].column}"`)} = v.${Prisma.raw(`"${field}"`)}`),
        Prisma.sql`version = c.version + 1`,
        Prisma.sql`updated_at = ${stamp.at}`,
        Prisma.sql`last_verified_at = ${stamp.at}`,
        Prisma.sql`last_verified_by_id = ${stamp.byId}::uuid`,
        Prisma.sql`verification_requested_at = NULL, verification_reminded_at = NULL, verification_queued_at = NULL`,
      ];
      const recordType = Prisma.raw(['id uuid', 'version int', ...fields.map((field) => `"${field}" ${UPDATE_COLUMNS[field].type}`)].join(', '));
      const records = JSON.stringify(group.map(({ id, version, fields: values }) => ({ ...values, id, version })));
      const rows = await db.$queryRaw<{ id: string }[]>`
        UPDATE contacts c SET ${Prisma.join(assignments, ', ')}
        FROM jsonb_to_recordset(${records}::jsonb) AS v(${recordType})
        WHERE c.id = v.id AND c.version = v.version AND c.archived_at IS NULL
        RETURNING c.id`;
      for (const row of rows) updated.add(row.id);
    }
    return updated;
  }

  /** Replaces the lists each write names (a list left undefined is kept as it is). */
  async replaceLists(writes: ContactLists[], db: Db): Promise<void> {
    const withMunicipalities = writes.filter((write) => write.municipalityCodes !== undefined).map((write) => write.id);
    const withCompetences = writes.filter((write) => write.competenceSlugs !== undefined).map((write) => write.id);
    if (withMunicipalities.length > 0) await db.contactMunicipality.deleteMany({ where: { contactId: { in: withMunicipalities } } });
    if (withCompetences.length > 0) await db.contactCompetence.deleteMany({ where: { contactId: { in: withCompetences } } });
    await this.insertLists(writes, db);
  }

  private async insertLists(writes: ContactLists[], db: Db): Promise<void> {
    const municipalities = writes.flatMap(({ id, municipalityCodes = [] }) => municipalityCodes.map((municipalityCode) => ({ contactId: id, municipalityCode })));
    if (municipalities.length > 0) await db.contactMunicipality.createMany({ data: municipalities });
    const slugs = [...new Set(writes.flatMap((write) => write.competenceSlugs ?? []))];
    if (slugs.length === 0) return;
    const competences = await db.competence.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
    const idBySlug = new Map(competences.map((competence) => [competence.slug, competence.id]));
    await db.contactCompetence.createMany({
      data: writes.flatMap(({ id, competenceSlugs = [] }) => competenceSlugs.map((slug) => ({ contactId: id, competenceId: idBySlug.get(slug)! }))),
    });
  }
}
