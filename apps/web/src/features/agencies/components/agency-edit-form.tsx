import type { TFunction } from 'i18next';
import { zodResolver } from '@hookform/resolvers/zod';
import { type Agency, type Municipality, SECTOR_NAMES, type UpdateAgencyInput } from '@repo/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import type { Option } from '../../../components/form-fields';
import { VersionConflict, type VersionConflictRow } from '../../../components/version-conflict';
import { ApiError } from '../../../lib/api-client';
import { applyApiFieldErrors } from '../../../lib/forms/api-field-errors';
import { currentLanguage } from '../../../lib/i18n';
import { useUpdateAgency } from '../api/agency-mutations';
import { agencyQueries } from '../api/agency-queries';
import { AGENCY_FORM_FIELDS, type AgencyFormOutput, type AgencyFormValues, agencyFormSchema, agencyFormValues, changedAgencyFields } from './agency-form';
import { AgencyFormFields } from './agency-form-fields';
import { ParentFieldError } from './parent-field-error';

export type EditOutcome = 'saved' | 'unchanged' | 'cancelled' | 'discarded';

interface AgencyEditFormProps {
  agency: Agency;
  municipalities: readonly Municipality[];
  parentOptions: readonly Option[];
  withStructure: boolean;
  editableCodes: 'all' | readonly string[];
  onDone: (outcome: EditOutcome) => void;
}

type Changes = Omit<UpdateAgencyInput, 'version'>;

/** Someone saved first: the user's changes and the agency as it is saved now. */
interface Conflict {
  mine: Changes;
  current: Agency;
}

const isVersionConflict = (error: unknown) => error instanceof ApiError && error.code === 'VERSION_CONFLICT';

/**
 * Edits an agency. Only the fields the user changed are sent, with the version loaded; when
 * someone else saved in between (412), the user sees their values beside the saved ones and
 * chooses to save theirs on top or to discard the edit. Nothing is lost silently either way.
 */
export function AgencyEditForm({ agency, municipalities, parentOptions, withStructure, editableCodes, onDone }: AgencyEditFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const queryClient = useQueryClient();
  const update = useUpdateAgency(agency.id);
  // What the edit started from: the comparison that decides what the user changed.
  const [base] = useState(agency);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const form = useForm<AgencyFormValues, unknown, AgencyFormOutput>({ resolver: zodResolver(agencyFormSchema), defaultValues: agencyFormValues(base) });
  const { setFocus } = form;
  useEffect(() => setFocus('name'), [setFocus]);

  const save = (mine: Changes, version: number) =>
    update.mutate(
      { ...mine, version },
      {
        onSuccess: () => onDone('saved'),
        onError: async (error) => {
          if (!isVersionConflict(error)) {
            applyApiFieldErrors(error, form.setError, AGENCY_FORM_FIELDS);
            return;
          }
          const current = await queryClient.fetchQuery({ ...agencyQueries.detail(agency.id), staleTime: 0 });
          setConflict({ mine, current });
        },
      },
    );

  const onSubmit = form.handleSubmit((values) => {
    const mine = changedAgencyFields(base, values, withStructure);
    if (Object.keys(mine).length === 0) return onDone('unchanged');
    setConflict(null);
    save(mine, base.version);
  });

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t('agencyAdmin.editHeading')}</h2>
      {conflict ? (
        <VersionConflict
          heading={t('agencyAdmin.conflictHeading')}
          rows={conflictRows(conflict, { municipalities, parentOptions, t })}
          isSaving={update.isPending}
          onSaveMine={() => save(conflict.mine, conflict.current.version)}
          onDiscardMine={() => {
            update.reset();
            onDone('discarded');
          }}
        />
      ) : null}
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        {update.error && !isVersionConflict(update.error) ? (
          <ErrorMessage error={update.error}>
            <ParentFieldError error={update.error} />
          </ErrorMessage>
        ) : null}
        <AgencyFormFields control={form.control} municipalities={municipalities} parentOptions={parentOptions} withStructure={withStructure} editableCodes={editableCodes} />
        {conflict ? null : (
          <div className="form__actions">
            <Button type="submit" className="button" isPending={update.isPending}>
              {t('agencyAdmin.save')}
            </Button>
            <Button className="button button--secondary" onPress={() => onDone('cancelled')}>
              {t('agencyAdmin.cancel')}
            </Button>
          </div>
        )}
      </Form>
    </section>
  );
}

type T = TFunction;

function fieldLabel(t: T, field: keyof Changes): string {
  switch (field) {
    case 'municipalityCodes':
      return t('agencyAdmin.municipalities');
    case 'parentId':
      return t('agencyAdmin.parent');
    default:
      return t(`agencyAdmin.${field}`);
  }
}

/** The agency's value of a field in the terms of the update input. */
function savedValue(agency: Agency, field: keyof Changes): Changes[keyof Changes] {
  if (field === 'municipalityCodes') return agency.municipalities.map((m) => m.code);
  if (field === 'parentId') return agency.parent?.id ?? null;
  return agency[field];
}

/** The user's fields whose value differs from the saved one, both as text. */
function conflictRows(
  { mine, current }: Conflict,
  context: { municipalities: readonly Municipality[]; parentOptions: readonly Option[]; t: T },
): VersionConflictRow[] {
  const language = currentLanguage();
  const shown = (field: keyof Changes, value: Changes[keyof Changes]): string => {
    if (value === null || value === undefined) return '';
    if (field === 'sector') return SECTOR_NAMES[value as Agency['sector']][language];
    if (field === 'municipalityCodes') {
      const codes = value as string[];
      return context.municipalities
        .filter((m) => codes.includes(m.code))
        .map((m) => m.name)
        .join(', ');
    }
    if (field === 'parentId') {
      return context.parentOptions.find((option) => option.id === value)?.label ?? (current.parent?.id === value ? current.parent.name : String(value));
    }
    return String(value);
  };
  return (Object.keys(mine) as (keyof Changes)[]).flatMap((field) => {
    const row = { label: fieldLabel(context.t, field), mine: shown(field, mine[field]), theirs: shown(field, savedValue(current, field)) };
    return row.mine === row.theirs ? [] : [row];
  });
}
