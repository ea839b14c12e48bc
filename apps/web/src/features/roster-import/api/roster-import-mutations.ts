import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type RosterUploadInput, type UploadProgress, uploadRosterFile } from './upload-roster-file';

/**
 * Sends a roster file, as a dry run or for real, with the upload's progress. An applied import
 * can touch any agency, contact, search result and coverage cell, so everything cached is
 * refetched afterwards.
 */
export function useRosterImport() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress>(0);
  const mutation = useMutation({
    mutationFn: (input: RosterUploadInput) => {
      setProgress(0);
      return uploadRosterFile(input, setProgress);
    },
    onSuccess: (report) => {
      if (report.applied) void queryClient.invalidateQueries();
    },
  });
  return { ...mutation, progress };
}
