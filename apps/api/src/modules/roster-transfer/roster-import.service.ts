import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { RosterColumn, RosterImportReport } from '@repo/contracts';
import type { Prisma } from '@repo/db';
import type { Actor } from '../../common/access/actor';
import { AuditService, type AuditEntry } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { AppError } from '../../common/errors/app-error';
import type { ClientInfo } from '../../common/http/client-info';
import { PrismaService } from '../../prisma/prisma.service';
import type { RosterUpload } from './read-roster-upload';
import { fileError, parseRosterFile, type ParsedRosterFile } from './roster-file-parser';
import { planImport, totalsOf, type ContactValues, type ExistingContact, type PlannedRow } from './roster-import-plan';
import { cellText } from './roster-row';
import { RosterTransferRepository, type ContactFields, type VerificationStamp } from './roster-transfer.repository';

/** The contact input field (contracts, history) each changeable column writes. */
const FIELD_OF: Partial<Record<RosterColumn, string>> = {
  email: 'email',
  name: 'name',
  title: 'title',
  phone: 'phone',
  askMeAbout: 'askMeAbout',
  languages: 'languages',
  municipalities: 'municipalityCodes',
  competences: 'competenceSlugs',
  awayUntil: 'awayUntil',
};

/** A whole file of thousands of rows is one transaction (5,000 new contacts take about half a minute on two cores); Prisma would cut it off after five seconds. */
const TRANSACTION_TIMEOUT_MS = 300_000;

type Tx = Prisma.TransactionClient;

function columnValue(values: ContactValues | ExistingContact, column: RosterColumn): unknown {
  return column in values ? values[column as keyof typeof values] : undefined;
}

/** The plain fields of a row for the contacts table; lists and columns the file lacks are left out. */
function fieldsOf(values: ContactValues, columns: readonly RosterColumn[]): ContactFields {
  const fields: ContactFields = {};
  if (columns.includes('email')) fields.email = values.email;
  if (columns.includes('name')) fields.name = values.name;
  if (columns.includes('title') && values.title !== undefined) fields.title = values.title;
  if (columns.includes('phone') && values.phone !== undefined) fields.phone = values.phone;
  if (columns.includes('askMeAbout') && values.askMeAbout !== undefined) fields.askMeAbout = values.askMeAbout;
  if (columns.includes('languages') && values.languages !== undefined) fields.languages = values.languages;
  if (columns.includes('awayUntil') && values.awayUntil !== undefined) fields.awayUntil = values.awayUntil;
  return fields;
}

/**
 * Roster import from a spreadsheet: a dry run reports what every row would do; an applied run
 * writes all rows in one transaction, or none when any row has an error.
 */
@Injectable()
export class RosterImportService {
  constructor(
    private readonly roster: RosterTransferRepository,
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async import(actor: Actor, upload: RosterUpload, client: ClientInfo): Promise<RosterImportReport> {
    const file = parseRosterFile(upload.bytes);
    const emails = file.records.map((record) => cellText(record.cells.email)).filter((email) => email !== '');
    const organisations = file.records.map((record) => cellText(record.cells.organisation)).filter((name) => name !== '');

    if (upload.dryRun) {
      const planned = planImport(file.records, await this.roster.reference(emails, organisations), actor);
      return this.report(file, planned, { dryRun: true, applied: false });
    }
    return this.prisma.client.$transaction(
      async (tx) => {
        await this.roster.lockImports(tx);
        // Planned again inside the transaction, so what is written is what the roster holds now.
        const planned = planImport(file.records, await this.roster.reference(emails, organisations, tx), actor);
        const report = this.report(file, planned, { dryRun: false, applied: false });
        if (report.totals.error > 0) {
          throw fileError('has_row_errors', `${report.totals.error} of ${report.totals.rows} rows have errors; nothing was imported.`, { report });
        }
        await this.apply(actor, file, planned, client, tx);
        await this.audit.record(
          {
            action: 'roster.imported',
            actor: { id: actor.id, email: actor.email },
            client,
            details: { fileName: upload.fileName, encoding: file.encoding, delimiter: file.delimiter, totals: report.totals },
          },
          tx,
        );
        return { ...report, applied: true };
      },
      { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
    );
  }

  private report(file: ParsedRosterFile, planned: PlannedRow[], state: Pick<RosterImportReport, 'dryRun' | 'applied'>): RosterImportReport {
    const rows = planned.map(({ row }) => row);
    return {
      ...state,
      encoding: file.encoding,
      hasByteOrderMark: file.hasByteOrderMark,
      delimiter: file.delimiter,
      ignoredColumns: file.ignoredColumns,
      totals: totalsOf(rows),
      rows,
    };
  }

  /** Writes the planned rows in a few statements, whatever their number, each contact audited. */
  private async apply(actor: Actor, file: ParsedRosterFile, planned: PlannedRow[], client: ClientInfo, tx: Tx): Promise<void> {
    // Importing is confirming: the details are as the coordinator's file has them.
    const stamp: VerificationStamp = { at: this.clock.now(), byId: actor.id };
    const who = { actor: { id: actor.id, email: actor.email }, client };

    const creates = planned.flatMap(({ row, write }) => (write?.kind === 'create' ? [{ row, values: write.values, id: randomUUID() }] : []));
    await this.roster.createContacts(
      creates.map(({ id, values }) => ({
        id,
        agencyId: values.agencyId,
        name: values.name,
        fields: fieldsOf(values, file.columns),
        municipalityCodes: values.municipalities ?? [],
        competenceSlugs: values.competences ?? [],
      })),
      stamp,
      tx,
    );
    const entries: AuditEntry[] = creates.map(({ row, values, id }) => {
      row.contactId = id;
      const changes = Object.fromEntries(
        file.columns.flatMap((column) => {
          const field = FIELD_OF[column];
          const to = columnValue(values, column);
          return field && to !== undefined && to !== null && !(Array.isArray(to) && to.length === 0) ? [[field, { from: null, to }]] : [];
        }),
      );
      return { action: 'contact.created', ...who, target: { type: 'contact', id, label: values.name }, details: { source: 'import', changes } };
    });

    const updates = planned.flatMap(({ write }) => (write?.kind === 'update' ? [write] : []));
    const updated = await this.roster.updateContacts(
      updates.map(({ contact, values, changes }) => ({ id: contact.id, version: contact.version, fields: fieldsOf(values, changes) })),
      stamp,
      tx,
    );
    const changedMeanwhile = updates.find(({ contact }) => !updated.has(contact.id));
    if (changedMeanwhile) {
      throw new AppError('VERSION_CONFLICT', `${changedMeanwhile.contact.name} was changed while the file was imported; nothing was imported. Try again.`);
    }
    await this.roster.replaceLists(
      updates.map(({ contact, values, changes }) => ({
        id: contact.id,
        municipalityCodes: changes.includes('municipalities') ? values.municipalities : undefined,
        competenceSlugs: changes.includes('competences') ? values.competences : undefined,
      })),
      tx,
    );
    for (const { contact, values, changes } of updates) {
      entries.push({
        action: 'contact.updated',
        ...who,
        target: { type: 'contact', id: contact.id, label: contact.name },
        details: {
          source: 'import',
          changes: Object.fromEntries(changes.map((column) => [FIELD_OF[column], { from: columnValue(contact, column), to: columnValue(values, column) }])),
        },
      });
    }
    await this.audit.recordMany(entries, tx);
  }
}
