/** The shared view for a save refused because someone else saved first (412 VERSION_CONFLICT). */
const versionConflict = {
  heading: 'Någon annan har sparat ändringar under tiden',
  intro: 'Dina ändringar är inte sparade ännu. Jämför dem med det som är sparat nu och välj hur du vill göra.',
  noOverlap: 'Den andra ändringen gällde andra fält än dina, så inget av det du ändrade krockar.',
  caption: 'Dina värden jämförda med de sparade',
  field: 'Fält',
  mine: 'Ditt värde',
  theirs: 'Sparat nu',
  empty: '(tomt)',
  saveMine: 'Spara mina värden ovanpå',
  discardMine: 'Släng min ändring',
};

export default versionConflict;
