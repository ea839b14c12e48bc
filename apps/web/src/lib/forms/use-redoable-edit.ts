import { useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { VersionConflictRow } from '../../components/version-conflict';
import { editedFields, isSameValue, rebase } from './redo-edit';

type FieldValue = string | boolean | null | undefined | readonly string[];

/** A record's form values and the version they were read at. */
export interface Versioned<V> {
  values: V;
  version: number;
}

interface RedoableEditOptions<V extends FieldValues & Record<F, FieldValue>, F extends string & keyof V> {
  form: UseFormReturn<V>;
  fields: readonly F[];
  initial: Versioned<V>;
  /** Reads what is saved now. */
  loadSaved: () => Promise<Versioned<V>>;
  /** The label of a field, and a value as the user reads it. */
  label: (field: F) => string;
  shown: (field: F, value: V[F]) => string;
}

/**
 * An edit on the version it was opened with, redone after a 412: `showConflict` reads what is
 * saved now, lays the user's edit over it (their fields keep their values, every other field
 * takes the saved one), and lists where the two differ; saving again goes on the new version.
 */
export function useRedoableEdit<V extends FieldValues & Record<F, FieldValue>, F extends string & keyof V>({
  form,
  fields,
  initial,
  loadSaved,
  label,
  shown,
}: RedoableEditOptions<V, F>) {
  const [base, setBaseState] = useState(initial);
  // Read after an await (a save waiting for uploads, a conflict being read): the render that started it may be long gone.
  const baseRef = useRef(initial);
  const setBase = (next: Versioned<V>) => {
    baseRef.current = next;
    setBaseState(next);
  };
  const [conflict, setConflict] = useState<VersionConflictRow[] | null>(null);
  const [reloadError, setReloadError] = useState<unknown>(null);

  async function showConflict() {
    try {
      const saved = await loadSaved();
      const edited = form.getValues();
      const from = baseRef.current.values;
      const mine = rebase(fields, from, edited, saved.values);
      setConflict(
        editedFields(fields, from, edited, saved.values).map((field) => ({
          label: label(field),
          mine: shown(field, mine[field]),
          theirs: shown(field, saved.values[field]),
        })),
      );
      setBase(saved);
      form.reset(mine);
    } catch (error) {
      setReloadError(error);
    }
  }

  /**
   * Goes on from a newer version whose values are those the edit started from: only something the
   * form does not hold changed (a file uploaded from it, say), so saving must not clash with it.
   * A version with other values is left to the 412 and the redo.
   */
  function advance(saved: Versioned<V>) {
    const current = baseRef.current;
    if (saved.version > current.version && fields.every((field) => isSameValue(saved.values[field], current.values[field]))) setBase(saved);
  }

  /** Drops the user's edit: the form shows what is saved. */
  function discard() {
    form.reset(baseRef.current.values);
    setConflict(null);
  }

  return {
    version: base.version,
    /** The values of that version: what the user's edit is compared with to send only what changed. */
    savedValues: base.values,
    /** The version and its values as they are now, for code that reads them after an await. */
    current: () => baseRef.current,
    conflict,
    reloadError,
    showConflict,
    advance,
    discard,
    clearConflict: () => setConflict(null),
  };
}
