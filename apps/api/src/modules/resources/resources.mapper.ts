import {
  RESOURCE_FILE_MEDIA_TYPES,
  RESOURCE_FILE_TYPES,
  type Competence,
  type Resource,
  type ResourceFile,
  type ResourceFileType,
  type ResourceFileVersion,
  type ResourceKind,
  type ResourceLanguage,
  type ResourceStatus,
  type ResourceSummary,
  type ResourceVisibility,
  type Sector,
} from '@repo/contracts';
import type { Prisma } from '@repo/db';
import { swedishCollator } from '../../common/text/swedish-collator';

/** One row of the list statement (resources.repository.ts). */
export interface ResourceSummaryRow {
  id: string;
  title: string;
  summary: string;
  kind: ResourceKind;
  language: ResourceLanguage;
  ownerAgency: { id: string; name: string };
  hasLink: boolean;
  fileCount: number;
  visibility: ResourceVisibility;
  status: ResourceStatus;
  municipalityCodes: string[];
  sectors: Sector[];
  competences: Competence[];
  publishedAt: Date | null;
  updatedAt: Date;
}

const VERSION_SELECT = {
  id: true,
  number: true,
  originalName: true,
  mediaType: true,
  sizeBytes: true,
  sha256: true,
  uploadedAt: true,
  uploadedBy: { select: { id: true, name: true } },
} satisfies Prisma.ResourceFileVersionSelect;

/** A resource's page: everything it shows, and what the access rules need. */
export const RESOURCE_DETAIL_SELECT = {
  id: true,
  title: true,
  summary: true,
  kind: true,
  language: true,
  linkUrl: true,
  ownerAgencyId: true,
  contactId: true,
  sectors: true,
  municipalityCodes: true,
  visibility: true,
  status: true,
  publishedAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  ownerAgency: { select: { id: true, name: true } },
  contact: { select: { id: true, name: true, email: true, phone: true, archivedAt: true } },
  createdBy: { select: { id: true, name: true } },
  competences: { select: { competence: { select: { id: true, slug: true, nameSv: true, nameEn: true, sortOrder: true } } } },
  files: { select: { id: true, versions: { select: VERSION_SELECT, orderBy: { number: 'desc' } } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
} satisfies Prisma.ResourceSelect;

export type ResourceDetailRow = Prisma.ResourceGetPayload<{ select: typeof RESOURCE_DETAIL_SELECT }>;
type VersionRow = Prisma.ResourceFileVersionGetPayload<{ select: typeof VERSION_SELECT }>;

const TYPE_OF_MEDIA_TYPE = new Map(RESOURCE_FILE_TYPES.map((type) => [baseMediaType(RESOURCE_FILE_MEDIA_TYPES[type]), type]));

function baseMediaType(mediaType: string): string {
  return mediaType.split(';')[0]!.trim().toLowerCase();
}

/** The allow-listed type a stored media type stands for; uploads store only those, so anything else is a broken row. */
export function fileTypeOf(mediaType: string): ResourceFileType {
  const type = TYPE_OF_MEDIA_TYPE.get(baseMediaType(mediaType));
  if (!type) throw new Error(`A stored resource file has a media type outside the allow-list: ${mediaType}`);
  return type;
}

function toVersion(row: VersionRow): ResourceFileVersion {
  return {
    id: row.id,
    number: row.number,
    name: row.originalName,
    type: fileTypeOf(row.mediaType),
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedBy: row.uploadedBy,
    uploadedAt: row.uploadedAt.toISOString(),
  };
}

/** The newest version is the current one; the earlier ones follow, newest first. */
export function toResourceFiles(files: ResourceDetailRow['files']): ResourceFile[] {
  return files.flatMap(({ id, versions }) => {
    const [current, ...earlier] = [...versions].sort((a, b) => b.number - a.number);
    return current ? [{ id, current: toVersion(current), earlier: earlier.map(toVersion) }] : [];
  });
}

export function toResourceSummary(row: ResourceSummaryRow): ResourceSummary {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    kind: row.kind,
    language: row.language,
    ownerAgency: row.ownerAgency,
    hasLink: row.hasLink,
    fileCount: row.fileCount,
    visibility: row.visibility,
    status: row.status,
    municipalityCodes: row.municipalityCodes,
    sectors: row.sectors,
    competences: row.competences,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toResource(row: ResourceDetailRow, reader: { canEdit: boolean }): Resource {
  const contact = row.contact && !row.contact.archivedAt ? row.contact : null;
  const files = toResourceFiles(row.files);
  return {
    ...toResourceSummary({
      ...row,
      language: row.language as ResourceLanguage,
      hasLink: row.linkUrl !== null,
      fileCount: files.length,
      competences: row.competences
        .map(({ competence }) => competence)
        .sort((a, b) => a.sortOrder - b.sortOrder || swedishCollator.compare(a.nameSv, b.nameSv))
        .map(({ id, slug, nameSv, nameEn }) => ({ id, slug, nameSv, nameEn })),
    }),
    linkUrl: row.linkUrl,
    contact: contact ? { id: contact.id, name: contact.name, email: contact.email, phone: contact.phone } : null,
    createdBy: row.createdBy,
    files,
    canEdit: reader.canEdit,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}
