import type { Agency } from '@repo/contracts';

// Värmland has 16 municipalities; an agency covering all of them is a regional one.
const WHOLE_REGION_COUNT = 16;

/** "Arvika, Eda" — or "hela Värmland" for a regional agency. */
export function municipalitiesText(municipalities: Agency['municipalities'], wholeRegion: string): string {
  if (municipalities.length >= WHOLE_REGION_COUNT) return wholeRegion;
  return municipalities.map((m) => m.name).join(', ');
}
