import { Injectable } from '@nestjs/common';
import { ROSTER_COLUMN_HEADERS, ROSTER_COLUMNS, type RosterColumn, type RosterExportQuery } from '@repo/contracts';
import type { Actor } from '../../common/access/actor';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { toCsv } from '../../common/csv/csv';
import type { ClientInfo } from '../../common/http/client-info';
import { swedishCollator } from '../../common/text/swedish-collator';
import { stockholmDay } from '../../common/time/stockholm';
import { LIST_SEPARATOR } from './roster-row';
import { RosterTransferRepository, type RosterContact } from './roster-transfer.repository';

export interface RosterCsv {
  fileName: string;
  csv: string;
}

/** A contact as one row of the roster file: the values exactly as the import reads them back. */
function rosterCells(contact: RosterContact): Record<RosterColumn, string> {
  return {
    email: contact.email ?? '',
    name: contact.name,
    title: contact.title ?? '',
    organisation: contact.agency.name,
    phone: contact.phone ?? '',
    competences: contact.competences.join(LIST_SEPARATOR),
    languages: contact.languages.join(LIST_SEPARATOR),
    municipalities: contact.municipalities.join(LIST_SEPARATOR),
    askMeAbout: contact.askMeAbout ?? '',
    awayUntil: contact.awayUntil ?? '',
    lastVerified: contact.lastVerifiedAt ? stockholmDay(contact.lastVerifiedAt) : '',
  };
}

/** The roster as a spreadsheet for coordinators: bulk export is theirs alone, and audited. */
@Injectable()
export class RosterExportService {
  constructor(
    private readonly roster: RosterTransferRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async exportCsv(actor: Actor, query: RosterExportQuery, client: ClientInfo): Promise<RosterCsv> {
    const contacts = await this.roster.exportContacts(query);
    contacts.sort((a, b) => swedishCollator.compare(a.agency.name, b.agency.name) || swedishCollator.compare(a.name, b.name) || a.id.localeCompare(b.id));
    const rows = contacts.map((contact) => {
      const cells = rosterCells(contact);
      return ROSTER_COLUMNS.map((column) => cells[column]);
    });
    await this.audit.record({
      action: 'roster.exported',
      actor: { id: actor.id, email: actor.email },
      client,
      details: { filter: { municipality: query.municipality ?? null, sector: query.sector ?? null, competence: query.competence ?? null, agencyId: query.agencyId ?? null }, rows: rows.length },
    });
    return {
      fileName: `kontaktlista-${stockholmDay(this.clock.now())}.csv`,
      csv: toCsv(
        ROSTER_COLUMNS.map((column) => ROSTER_COLUMN_HEADERS[column].header),
        rows,
      ),
    };
  }
}
