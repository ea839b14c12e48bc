import type { Municipality } from '@repo/contracts';
import { swedishCollator } from '../../common/text/swedish-collator';

interface MunicipalityRow {
  code: string;
  name: string;
  regionCode: string;
  region: { name: string };
}

export function toMunicipality(row: MunicipalityRow): Municipality {
  return { code: row.code, name: row.name, regionCode: row.regionCode, regionName: row.region.name };
}

export function toMunicipalityList(rows: MunicipalityRow[]): Municipality[] {
  return rows.map(toMunicipality).sort((a, b) => swedishCollator.compare(a.name, b.name));
}
