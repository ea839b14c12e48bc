import { Injectable } from '@nestjs/common';
import { KEY_FUNCTION_KINDS, type KeyFunctionKind, type Sector } from '@repo/contracts';
import { PrismaService } from '../../prisma/prisma.service';

export interface CoverageRow {
  municipality: string;
  sector: Sector;
  id: string;
  name: string;
  agency_name: string;
  last_verified_at: Date | null;
}

export interface KeyFunctionRow {
  municipality: string;
  kind: KeyFunctionKind;
  id: string;
  name: string;
  agency_name: string;
  holder_id: string | null;
  holder_name: string | null;
  holder_verified_at: Date | null;
  holder_away_until: Date | null;
  deputy_id: string | null;
  deputy_name: string | null;
  deputy_verified_at: Date | null;
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
      JOIN agencies a ON a.id = am.agency_id AND a.archived_at IS NULL
      JOIN contacts c ON c.agency_id = a.id AND c.archived_at IS NULL
      WHERE m.region_code = ${REGION_CODE}
        AND (NOT EXISTS (SELECT 1 FROM contact_municipalities cm WHERE cm.contact_id = c.id)
             OR EXISTS (SELECT 1 FROM contact_municipalities cm WHERE cm.contact_id = c.id AND cm.municipality_code = m.code))
        AND (${competence ?? null}::text IS NULL OR EXISTS (
              SELECT 1 FROM contact_competences cc JOIN competences k ON k.id = cc.competence_id
              WHERE cc.contact_id = c.id AND k.slug = ${competence ?? null}::text))
      ORDER BY c.name COLLATE "sv-SE-x-icu", c.id`;
  }

  /**
   * Every current seat of a key kind behind each municipality: seats of agencies covering the
   * municipality whose holder covers it or has no narrower area (a vacant seat counts for the whole
   * agency area), with holder and deputy.
   */
  keyFunctions(): Promise<KeyFunctionRow[]> {
    return this.prisma.client.$queryRaw`
      SELECT m.code AS municipality, f.kind::text AS kind, f.id, f.name, a.name AS agency_name,
             h.id AS holder_id, h.name AS holder_name, h.last_verified_at AS holder_verified_at, h.away_until AS holder_away_until,
             d.id AS deputy_id, d.name AS deputy_name, d.last_verified_at AS deputy_verified_at
      FROM municipalities m
      JOIN agency_municipalities am ON am.municipality_code = m.code
      JOIN agencies a ON a.id = am.agency_id AND a.archived_at IS NULL
      JOIN functions f ON f.agency_id = a.id AND f.archived_at IS NULL AND f.kind = ANY(${[...KEY_FUNCTION_KINDS]}::"FunctionKind"[])
      LEFT JOIN contacts h ON h.id = f.holder_id AND h.archived_at IS NULL
      LEFT JOIN contacts d ON d.id = f.deputy_id AND d.archived_at IS NULL
      WHERE m.region_code = ${REGION_CODE}
        AND (h.id IS NULL
             OR NOT EXISTS (SELECT 1 FROM contact_municipalities cm WHERE cm.contact_id = h.id)
             OR EXISTS (SELECT 1 FROM contact_municipalities cm WHERE cm.contact_id = h.id AND cm.municipality_code = m.code))
      ORDER BY f.name COLLATE "sv-SE-x-icu", f.id`;
  }
}
