/** Swedish alphabetical order (å, ä, ö after z) for short lists sorted in the API. */
export const swedishCollator = new Intl.Collator('sv', { sensitivity: 'base' });
