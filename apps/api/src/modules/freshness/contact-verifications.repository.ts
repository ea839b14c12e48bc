import { Injectable } from '@nestjs/common';
import type { Prisma } from '@repo/db';
import { PrismaService } from '../../prisma/prisma.service';
import { AVAILABLE_COMPETENCE_SELECT, LINKED_CONTACT_SELECT } from './freshness.mapper';

type Db = Prisma.TransactionClient;

/** A verification ends the contact's round of the freshness loop. */
export const FRESHNESS_CLEARED = { verificationRequestedAt: null, verificationRemindedAt: null, verificationQueuedAt: null } as const;

/** The mailed "still correct?" links: looked up by the hash of the token, used once. */
@Injectable()
export class ContactVerificationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByTokenHash(tokenHash: string) {
    return this.prisma.client.contactVerificationToken.findUnique({
      where: { tokenHash },
      select: { id: true, expiresAt: true, usedAt: true, contact: { select: LINKED_CONTACT_SELECT } },
    });
  }

  findContact(id: string, db: Db = this.prisma.client) {
    return db.contact.findUniqueOrThrow({ where: { id }, select: LINKED_CONTACT_SELECT });
  }

  availableCompetences() {
    return this.prisma.client.competence.findMany({
      where: { archivedAt: null },
      select: AVAILABLE_COMPETENCE_SELECT,
      orderBy: [{ sortOrder: 'asc' }, { slug: 'asc' }],
    });
  }

  /**
   * Uses the link up, and every other outstanding link of the contact with it. False when it was
   * used or ran out meanwhile: of two clicks at the same moment, one wins.
   */
  async use(tx: Db, token: { id: string; contactId: string }, now: Date): Promise<boolean> {
    const { count } = await tx.contactVerificationToken.updateMany({ where: { id: token.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (count !== 1) return false;
    await tx.contactVerificationToken.updateMany({ where: { contactId: token.contactId, usedAt: null }, data: { usedAt: now } });
    return true;
  }

  /** "Still correct", as it stands: the version stays, so a coordinator's open edit form stays valid. */
  async markVerified(tx: Db, contactId: string, verifiedById: string | null, now: Date): Promise<void> {
    await tx.contact.update({ where: { id: contactId }, data: { lastVerifiedAt: now, lastVerifiedById: verifiedById, ...FRESHNESS_CLEARED } });
  }
}
