import { ROSTER_IMPORT_MAX_BYTES, ROSTER_IMPORT_MAX_ROWS, type RosterImportReport, RosterImportReportSchema } from '@repo/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { Button, FileTrigger, Label, ProgressBar } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { useRosterImport } from '../api/roster-import-mutations';
import type { UploadProgress } from '../api/upload-roster-file';
import { fileErrorCode, ImportError } from './import-error';
import { ImportReport } from './import-report';
import '../roster-import.css';

/**
 * Where the wizard is: choosing a file (and checking it), reviewing the dry run's report, or
 * done. `serial` tells one report from the next, so the table's filter starts afresh.
 */
type Stage =
  | { name: 'choose' }
  | { name: 'review'; file: File; report: RosterImportReport; serial: number; hasChangedMeanwhile: boolean }
  | { name: 'done'; report: RosterImportReport; serial: number };

/** The report an applied import sends back when a row has errors by then (the roster changed since the review). */
function reportOfRefusal(error: unknown): RosterImportReport | undefined {
  if (!(error instanceof ApiError) || fileErrorCode(error) !== 'has_row_errors') return undefined;
  const report = RosterImportReportSchema.safeParse(error.details?.report);
  return report.success ? report.data : undefined;
}

/**
 * Choose a CSV file; it is checked at once (a dry run) and every row shown with what it would do
 * and what is wrong; a file with errors is corrected and chosen again; Import then applies it,
 * all rows or none.
 */
export function RosterImportWizard() {
  const { t } = useTranslation();
  const upload = useRosterImport();
  const [stage, setStage] = useState<Stage>({ name: 'choose' });
  const [file, setFile] = useState<File | null>(null);
  const [isTooLarge, setIsTooLarge] = useState(false);
  const serial = useRef(0);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const resultId = useId();
  const helpId = useId();
  const verdictId = useId();

  // A new report or the result takes the focus, so that screen readers read it out.
  useEffect(() => {
    if (stage.name !== 'choose') resultHeading.current?.focus();
  }, [stage]);

  function check(chosen: File) {
    setFile(chosen);
    setStage({ name: 'choose' });
    upload.reset();
    setIsTooLarge(chosen.size > ROSTER_IMPORT_MAX_BYTES);
    if (chosen.size > ROSTER_IMPORT_MAX_BYTES) return;
    upload.mutate(
      { file: chosen, dryRun: true },
      { onSuccess: (report) => setStage({ name: 'review', file: chosen, report, serial: ++serial.current, hasChangedMeanwhile: false }) },
    );
  }

  function apply(chosen: File) {
    upload.mutate(
      { file: chosen, dryRun: false },
      {
        onSuccess: (report) => setStage({ name: 'done', report, serial: ++serial.current }),
        onError: (error) => {
          const report = reportOfRefusal(error);
          if (!report) return;
          upload.reset();
          setStage({ name: 'review', file: chosen, report, serial: ++serial.current, hasChangedMeanwhile: true });
        },
      },
    );
  }

  function startOver() {
    upload.reset();
    setFile(null);
    setStage({ name: 'choose' });
  }

  const isApplying = upload.isPending && upload.variables?.dryRun === false;
  const step = stage.name === 'done' || isApplying ? 2 : stage.name === 'review' ? 1 : 0;
  const steps = [t('rosterImport.import.stepChoose'), t('rosterImport.import.stepPreview'), t('rosterImport.import.stepApply')];

  return (
    <section aria-labelledby="roster-import-heading" className="panel">
      <h2 id="roster-import-heading">{t('rosterImport.import.heading')}</h2>
      <ol className="import-steps" aria-label={t('rosterImport.import.steps')}>
        {steps.map((label, index) => (
          <li key={label} aria-current={index === step ? 'step' : undefined}>
            {label}
          </li>
        ))}
      </ol>

      {stage.name === 'done' ? null : (
        <>
          <p id={helpId}>{t('rosterImport.import.fileHelp', { megabytes: ROSTER_IMPORT_MAX_BYTES / 1024 / 1024, rows: ROSTER_IMPORT_MAX_ROWS })}</p>
          <details>
            <summary>{t('rosterImport.import.rulesSummary')}</summary>
            <ul>
              {(['match', 'organisation', 'lists', 'blank', 'date'] as const).map((rule) => (
                <li key={rule}>{t(`rosterImport.import.rules.${rule}`)}</li>
              ))}
            </ul>
          </details>
          <div className="button-row">
            <FileTrigger acceptedFileTypes={['.csv', 'text/csv']} onSelect={(files) => files?.[0] && check(files[0])}>
              <Button className={file ? 'button button--secondary' : 'button'} isDisabled={upload.isPending} aria-describedby={helpId}>
                {file ? t('rosterImport.import.chooseAnother') : t('rosterImport.import.chooseFile')}
              </Button>
            </FileTrigger>
            {file ? <span>{t('rosterImport.import.chosenFile', { name: file.name })}</span> : null}
          </div>
        </>
      )}

      {upload.isPending ? <ImportProgress progress={upload.progress} isApplying={isApplying} /> : null}
      {isTooLarge ? <ImportError error="too_large" /> : upload.isError ? <ImportError error={upload.error} /> : null}

      {stage.name === 'review' ? (
        <section aria-labelledby={resultId}>
          <h3 id={resultId} ref={resultHeading} tabIndex={-1}>
            {t('rosterImport.import.preview')}
          </h3>
          {stage.hasChangedMeanwhile ? <p className="notice notice--warning">{t('rosterImport.import.changedMeanwhile')}</p> : null}
          <ImportReport key={stage.serial} report={stage.report} headingId={resultId} />
          <Verdict id={verdictId} report={stage.report} />
          <div className="button-row">
            <Button
              className="button"
              isDisabled={upload.isPending || stage.report.totals.error > 0 || stage.report.totals.create + stage.report.totals.update === 0}
              aria-describedby={verdictId}
              onPress={() => apply(stage.file)}
            >
              {t('rosterImport.import.apply')}
            </Button>
          </div>
        </section>
      ) : null}

      {stage.name === 'done' ? (
        <section aria-labelledby={resultId}>
          <h3 id={resultId} ref={resultHeading} tabIndex={-1}>
            {t('rosterImport.import.done')}
          </h3>
          <p className="notice notice--success">
            {t('rosterImport.import.doneText', {
              create: stage.report.totals.create,
              update: stage.report.totals.update,
              unchanged: stage.report.totals.unchanged,
            })}
          </p>
          <ImportReport key={stage.serial} report={stage.report} headingId={resultId} />
          <div className="button-row">
            <Button className="button button--secondary" onPress={startOver}>
              {t('rosterImport.import.startOver')}
            </Button>
          </div>
        </section>
      ) : null}
    </section>
  );
}

/** Whether the file can be imported, and if not, why not. */
function Verdict({ id, report }: { id: string; report: RosterImportReport }) {
  const { t } = useTranslation();
  const { error, create, update } = report.totals;
  if (error > 0) {
    return (
      <p id={id} className="notice notice--warning">
        {t('rosterImport.import.hasErrors', { count: error })}
      </p>
    );
  }
  return (
    <p id={id} className="notice">
      {create + update === 0 ? t('rosterImport.import.nothingToDo') : t('rosterImport.import.ready', { count: create + update })}
    </p>
  );
}

/** The upload's share sent, then a note that the server is working on it. */
function ImportProgress({ progress, isApplying }: { progress: UploadProgress; isApplying: boolean }) {
  const { t } = useTranslation();
  if (progress === null) {
    return (
      <p role="status" className="import-progress">
        {isApplying ? t('rosterImport.import.applying') : t('rosterImport.import.checking')}
      </p>
    );
  }
  return (
    <ProgressBar className="import-progress" value={progress * 100}>
      {({ percentage, valueText }) => (
        <>
          <Label>
            {t('rosterImport.import.uploading')}: {valueText}
          </Label>
          <div className="import-progress__track">
            <div className="import-progress__fill" style={{ width: `${percentage ?? 0}%` }} />
          </div>
        </>
      )}
    </ProgressBar>
  );
}
