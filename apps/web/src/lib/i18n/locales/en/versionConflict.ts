const versionConflict: typeof import('../sv/versionConflict').default = {
  heading: 'Someone else has saved changes in the meantime',
  intro: 'Your changes are not saved yet. Compare them with what is saved now and choose what to do.',
  noOverlap: 'The other change concerned other fields than yours, so none of your changes clash.',
  caption: 'Your values compared with the saved ones',
  field: 'Field',
  mine: 'Your value',
  theirs: 'Saved now',
  empty: '(empty)',
  saveMine: 'Save my values on top',
  discardMine: 'Discard my edit',
};

export default versionConflict;
