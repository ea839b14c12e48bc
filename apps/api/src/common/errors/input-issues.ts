import { AppError } from './app-error';

/** One reason a write is refused, pointing at a field as the validation pipe's issues do. */
export interface InputIssue {
  path: (string | number)[];
  code: string;
  message: string;
}

/** Refuses the write with every issue found, as one 400 VALIDATION_FAILED. */
export function throwIfAny(issues: InputIssue[]): void {
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', issues.map((issue) => issue.message).join(' '), { issues });
}

/** The issue of a list field naming things that do not exist (now), if it names any. */
export function unknownValuesIssues(path: string, values: readonly string[] | undefined, known: Set<string>, what: string): InputIssue[] {
  const unknown = [...new Set((values ?? []).filter((value) => !known.has(value)))];
  return unknown.length > 0 ? [{ path: [path], code: 'not_found', message: `Unknown ${what}: ${unknown.join(', ')}.` }] : [];
}
