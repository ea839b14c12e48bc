import type { RosterColumn, RosterRowIssue } from '@repo/contracts';
import type { TFunction } from 'i18next';

export function columnLabel(t: TFunction, column: RosterColumn): string {
  return t(`rosterImport.import.columns.${column}`);
}

/** "Kompetenser: Okända kompetenser: astrologi." — the column first, then what is wrong in it. */
export function rowIssueText(t: TFunction, issue: RosterRowIssue): string {
  const where = issue.field ? columnLabel(t, issue.field) : t('rosterImport.import.wholeRow');
  const what = t(`rosterImport.import.issues.${issue.code}`, { values: issue.values?.join(', ') ?? '', line: issue.line, max: issue.max });
  return `${where}: ${what}`;
}
