import type { Prisma, PrismaClient } from '@repo/db';
import { createAgency } from './agencies';
import { unique } from './unique';

export interface ResourceInput {
  /** A new agency when left out. */
  ownerAgencyId?: string;
  title?: string;
  summary?: string;
  kind?: Prisma.ResourceUncheckedCreateInput['kind'];
  language?: string;
  linkUrl?: string | null;
  contactId?: string | null;
  createdById?: string | null;
  sectors?: Prisma.ResourceUncheckedCreateInput['sectors'];
  municipalityCodes?: string[];
  competenceIds?: string[];
  visibility?: Prisma.ResourceUncheckedCreateInput['visibility'];
  status?: Prisma.ResourceUncheckedCreateInput['status'];
  /** Now for a published resource unless given. */
  publishedAt?: Date | null;
}

/** Persists a resource: a published network resource with a link, unless told otherwise. */
export async function createResource(prisma: Pick<PrismaClient, 'resource' | 'agency'>, { competenceIds = [], ownerAgencyId, publishedAt, ...input }: ResourceInput = {}) {
  const status = input.status ?? 'PUBLISHED';
  return prisma.resource.create({
    data: {
      title: `Handlingsplan ${unique('resurs')}`,
      kind: 'ACTION_PLAN',
      linkUrl: 'https://resurser.example/handlingsplan',
      ...input,
      status,
      publishedAt: publishedAt !== undefined ? publishedAt : status === 'PUBLISHED' ? new Date() : null,
      ownerAgencyId: ownerAgencyId ?? (await createAgency(prisma)).id,
      competences: { create: competenceIds.map((competenceId) => ({ competenceId })) },
    },
    select: { id: true, title: true, version: true, ownerAgencyId: true, status: true, visibility: true, publishedAt: true },
  });
}
