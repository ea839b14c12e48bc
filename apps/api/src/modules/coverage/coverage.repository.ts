import { Injectable } from '@nestjs/common';
import type { Sector } from '@repo/contracts';
import { PrismaService } from '../../prisma/prisma.service';

export interface CoverageRow {
  municipality: string;
  sector: Sector;
  id: string;
  name: string;
  agency_name: string;
  last_verified_at: Date | null;
}

/** Värmland (SCB county 17); the matrix is drawn per county. */
const REGION_CODE = '17';

@Injectable()
export class CoverageRepository {
  constructor(private readonly prisma: PrismaService) {}

  municipalities(): Promise<{ code: string; name: string }[]> {
    return this.prisma.client.$queryRaw`
      SELECT code, name FROM municipalities WHERE region_code = ${REGION_CODE} ORDER BY name COLLATE "sv-SE-x-icu"`;
  }

  /**
   * Every current contact behind each municipality × sector: people of agencies of that sector
   * covering the municipality, who either cover it themselves or have no narrower area.
   */
  contacts(competence: string | undefined): Promise<CoverageRow[]> {
    return this.prisma.client.$queryRaw`
      SELECT m.code AS municipality, a.sector::text AS sector, c.id, c.name, a.name AS agency_name, c.last_verified_at
      FROM municipalities m
      JOIN agency_municipalities am ON am.municipality_code = m.code
      JOIN agencies a ON a.id = am.agency_id
      JOIN contacts c ON c.agency_id = a.id AND c.archived_at IS NULL
      WHERE m.region_code = ${REGION_CODE}
        AND (NOT EXISTS (SELECT 1 FROM contact_municipalities cm WHERE cm.contact_id = c.id)
             OR EXISTS (SELECT 1 FROM contact_municipalities cm WHERE cm.contact_id = c.id AND cm.municipality_code = m.code))
        AND (${competence ?? null}::text IS NULL OR EXISTS (
              SELECT 1 FROM contact_competences cc JOIN competences k ON k.id = cc.competence_id
              WHERE cc.contact_id = c.id AND k.slug = ${competence ?? null}::text))
      ORDER BY c.name COLLATE "sv-SE-x-icu", c.id`;
  }
}
