const coverageMap: typeof import('../sv/coverageMap').default = {
  heading: 'Map of the county',
  intro: 'The municipalities are coloured by the column you choose. Choose a municipality to see the names behind it; the table below shows the same as text.',
  column: 'Show on the map',
  sectors: 'Sectors',
  keyFunctions: 'Key functions',
  mapLabel: 'Map of the municipalities of Värmland: {{column}}',
  areaLabel: '{{municipality}}: {{status}}',
  selection: 'Selected municipality',
  chooseMunicipality: 'Choose a municipality on the map to see who is behind its colour.',
  details: '{{municipality}} – {{column}}',
  nobody: 'No named contact.',
  attribution: 'Municipal boundaries: okfse/sweden-geojson, from open data of the Swedish Election Authority. Simplified, for illustration only.',
  seat: {
    vacant: 'Vacant',
    away: 'away',
    deputy: 'deputy {{name}}',
    noDeputy: 'no deputy',
  },
};

export default coverageMap;
