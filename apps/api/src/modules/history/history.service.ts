import { Injectable } from '@nestjs/common';
import type { HistoryPage, HistoryQuery, HistoryTargetType } from '@repo/contracts';
import { AppError } from '../../common/errors/app-error';
import { recordedChanges, referencesOf, toHistoryEntry } from './history.mapper';
import { HistoryRepository } from './history.repository';

/**
 * Who changed what and when on an agency, a contact or a function, read from the audit log: the
 * services write each change there with its fields' old and new values, in the same transaction.
 */
@Injectable()
export class HistoryService {
  constructor(private readonly history: HistoryRepository) {}

  async list(type: HistoryTargetType, id: string, query: HistoryQuery): Promise<HistoryPage> {
    if (!(await this.history.exists(type, id))) throw new AppError('NOT_FOUND', `There is no such ${type}.`);
    const { rows, total } = await this.history.events(type, id, query);
    const changes = rows.map((row) => recordedChanges(row.action, row.details));
    const names = await this.history.names(referencesOf(rows, changes));
    return {
      items: rows.map((row, index) => toHistoryEntry(type, row, changes[index] ?? [], names)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
