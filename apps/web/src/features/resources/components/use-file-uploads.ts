import type { FileRefusalReason, Resource } from '@repo/contracts';
import { useEffect, useRef, useState } from 'react';
import { isAbort } from '../../../lib/upload-with-progress';
import { useMaxFileBytes } from '../api/resource-file-rules';
import { uploadResourceFile } from '../api/upload-file';
import { checkBeforeUpload, refusalOf } from './resource-file-checks';

/** Why a file did not get uploaded: refused (by the form's check or the server), cancelled, or the request failed. */
export type UploadProblem = FileRefusalReason | 'cancelled' | 'failed';

/** A file chosen for upload, and how far it has come. */
export interface UploadItem {
  key: string;
  name: string;
  /** Absent for a problem handed over from another page: the user chooses the file again. */
  file: File | null;
  /** The resource's file this is a new version of. */
  replaces: { id: string; name: string } | null;
  status: 'queued' | 'uploading' | 'done' | 'problem';
  /** The share sent, 0–1. */
  sent: number;
  problem: UploadProblem | null;
}

/** What an upload run ended with: the resource as the last upload left it, and the files that did not make it. */
export interface UploadRun {
  last: Resource | null;
  problems: UploadItem[];
}

/**
 * Said politely to screen readers (and shown): a file done, uploaded or why not; several refused
 * at once when chosen; or a saved file removed.
 */
export interface UploadAnnouncement {
  /** Counts up with each announcement, so the same words said again are announced again. */
  serial: number;
  outcome: { name: string; problem: UploadProblem | null } | { refused: number } | { removed: string };
}

let nextKey = 0;

/** A problem of a file that is no longer at hand: one handed over from the page that shared the resource. */
export function problemItem(name: string, problem: UploadProblem): UploadItem {
  nextKey += 1;
  return { key: `upload-${nextKey}`, name, file: null, replaces: null, status: 'problem', sent: 0, problem };
}

/**
 * The files chosen for a resource and their uploads, one at a time: each is checked before it is
 * sent (empty, too large), sent with its progress, and can be cancelled while it goes.
 */
export function useFileUploads({ initial = [], onUploaded }: { initial?: UploadItem[]; onUploaded?: (resource: Resource) => void }) {
  const maxBytes = useMaxFileBytes();
  const [items, setItems] = useState(initial);
  const [announcement, setAnnouncement] = useState<UploadAnnouncement | null>(null);
  // The upload loop runs across renders: it reads and writes the list through this ref.
  const itemsRef = useRef(items);
  const controllers = useRef(new Map<string, AbortController>());
  const running = useRef<Promise<UploadRun> | null>(null);
  const uploaded = useRef(onUploaded);
  useEffect(() => {
    uploaded.current = onUploaded;
  }, [onUploaded]);
  // Leaving the page stops what is still being sent.
  useEffect(() => {
    const active = controllers.current;
    return () => {
      for (const controller of active.values()) controller.abort();
    };
  }, []);

  function update(change: (list: UploadItem[]) => UploadItem[]) {
    itemsRef.current = change(itemsRef.current);
    setItems(itemsRef.current);
  }
  const patch = (key: string, fields: Partial<UploadItem>) => update((list) => list.map((item) => (item.key === key ? { ...item, ...fields } : item)));
  const announce = (outcome: UploadAnnouncement['outcome']) => setAnnouncement((last) => ({ serial: (last?.serial ?? 0) + 1, outcome }));

  /** Adds files to the list; those the server would refuse for their size are marked at once and never sent. */
  function choose(files: readonly File[], replaces: UploadItem['replaces'] = null) {
    const added = files.map((file): UploadItem => {
      nextKey += 1;
      const problem = checkBeforeUpload(file, maxBytes);
      return { key: `upload-${nextKey}`, name: file.name, file, replaces, status: problem ? 'problem' : 'queued', sent: 0, problem };
    });
    update((list) => [...list, ...added]);
    const refused = added.filter((item) => item.problem);
    const [only] = refused;
    if (refused.length === 1 && only) announce({ name: only.name, problem: only.problem });
    else if (refused.length > 1) announce({ refused: refused.length });
  }

  async function uploadOne(resourceId: string, item: UploadItem & { file: File }): Promise<Resource | UploadItem> {
    patch(item.key, { status: 'uploading', sent: 0 });
    const controller = new AbortController();
    controllers.current.set(item.key, controller);
    try {
      const resource = await uploadResourceFile(
        { resourceId, file: item.file, ...(item.replaces ? { replaces: item.replaces.id } : {}) },
        { onProgress: (sent) => patch(item.key, { sent }), signal: controller.signal },
      );
      patch(item.key, { status: 'done', sent: 1 });
      announce({ name: item.name, problem: null });
      uploaded.current?.(resource);
      return resource;
    } catch (error) {
      const problem: UploadProblem = isAbort(error) ? 'cancelled' : (refusalOf(error) ?? 'failed');
      patch(item.key, { status: 'problem', problem });
      announce({ name: item.name, problem });
      return { ...item, status: 'problem', problem };
    } finally {
      controllers.current.delete(item.key);
    }
  }

  /**
   * Uploads the queued files to the resource one after the other. Files queued while it runs are
   * taken along; a second call meanwhile joins the run under way.
   */
  function uploadQueued(resourceId: string): Promise<UploadRun> {
    if (running.current) return running.current;
    const run = (async () => {
      const result: UploadRun = { last: null, problems: [] };
      for (;;) {
        const item = itemsRef.current.find((candidate) => candidate.status === 'queued');
        if (!item?.file) break;
        const outcome = await uploadOne(resourceId, { ...item, file: item.file });
        if ('key' in outcome) result.problems.push(outcome);
        else result.last = outcome;
      }
      running.current = null;
      return result;
    })();
    running.current = run;
    return run;
  }

  /** Stops a file being sent, or takes a waiting one off the list. */
  function cancel(key: string) {
    const controller = controllers.current.get(key);
    if (controller) controller.abort();
    else dismiss(key);
  }

  function dismiss(key: string) {
    update((list) => list.filter((item) => item.key !== key));
  }

  return {
    items,
    announcement,
    choose,
    uploadQueued,
    cancel,
    dismiss,
    /** A saved file was removed: said like the uploads' outcomes. */
    announceRemoved: (name: string) => announce({ removed: name }),
    isUploading: items.some((item) => item.status === 'uploading'),
    queuedCount: items.filter((item) => item.status === 'queued').length,
    /** Waits for the uploads under way, if any. */
    settled: () => running.current ?? Promise.resolve<UploadRun>({ last: null, problems: [] }),
  };
}
