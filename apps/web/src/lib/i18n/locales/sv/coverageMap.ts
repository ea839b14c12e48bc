/** The coverage map and the key-function columns of the coverage overview. */
const coverageMap = {
  heading: 'Karta över länet',
  intro: 'Kommunerna färgas efter den kolumn du väljer. Välj en kommun för att se namnen bakom rutan; tabellen nedan visar samma sak i textform.',
  column: 'Visa på kartan',
  sectors: 'Sektorer',
  keyFunctions: 'Nyckelfunktioner',
  mapLabel: 'Karta över Värmlands kommuner: {{column}}',
  areaLabel: '{{municipality}}: {{status}}',
  selection: 'Vald kommun',
  chooseMunicipality: 'Välj en kommun på kartan för att se vem som finns bakom färgen.',
  details: '{{municipality}} – {{column}}',
  nobody: 'Ingen namngiven kontakt.',
  attribution: 'Kommungränser: okfse/sweden-geojson, efter öppna data från Valmyndigheten. Förenklade och endast för illustration.',
  seat: {
    vacant: 'Vakant',
    away: 'frånvarande',
    deputy: 'ersättare {{name}}',
    noDeputy: 'ingen ersättare',
  },
};

export default coverageMap;
