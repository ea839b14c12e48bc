import { Injectable } from '@nestjs/common';
import type { ContactSelfUpdateInput, ContactVerification } from '@repo/contracts';
import { AuditService, type AuditEntry } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { hashToken } from '../../common/crypto/tokens';
import { AppError, fieldError } from '../../common/errors/app-error';
import type { ClientInfo } from '../../common/http/client-info';
import { RateLimiter, type RateLimitRule } from '../../common/rate-limit/rate-limiter.service';
import { PrismaService } from '../../prisma/prisma.service';
import { ContactsRepository } from '../contacts/contacts.repository';
import { toContactVerification, type LinkedContactRow } from './freshness.mapper';
import { ContactVerificationsRepository, FRESHNESS_CLEARED } from './contact-verifications.repository';

const LINK_INVALID = 'The link has expired or has already been used; the coordinators will check your details with you.';

/**
 * Opening and using mailed links, per client address. Far above what people need (a whole
 * municipality may reach us through one address), far below what guessing would need; the
 * tokens are 256 random bits anyway.
 */
const LINK_USES_PER_IP: RateLimitRule = { points: 60, windowMs: 30 * 60_000 };

/** The public side of the freshness loop: the contact behind a mailed link confirms or corrects their entry. */
@Injectable()
export class ContactVerificationsService {
  constructor(
    private readonly links: ContactVerificationsRepository,
    private readonly contacts: ContactsRepository,
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly rateLimiter: RateLimiter,
  ) {}

  /** The contact's own entry, for the page the link opens. */
  async preview(token: string, client: ClientInfo): Promise<ContactVerification> {
    const link = await this.findUsable(token, client);
    return toContactVerification(link.contact, link.expiresAt, await this.links.availableCompetences());
  }

  /** "My details are still correct." */
  async confirm(token: string, client: ClientInfo): Promise<void> {
    const link = await this.findUsable(token, client);
    const { contact } = link;
    const now = this.clock.now();
    await this.prisma.client.$transaction(async (tx) => {
      if (!(await this.links.use(tx, { id: link.id, contactId: contact.id }, now))) throw new AppError('LINK_INVALID', LINK_INVALID);
      await this.links.markVerified(tx, contact.id, contact.userId, now);
      await this.audit.record({ ...this.auditEntry(contact, client), action: 'contact.verified', details: { via: 'verification_link' } }, tx);
    });
  }

  /** The contact corrects their entry; saving it is also confirming it. A stale version gets 412. */
  async update(input: ContactSelfUpdateInput, client: ClientInfo): Promise<ContactVerification> {
    const { token, version, competenceSlugs, awayUntil, ...fields } = input;
    const link = await this.findUsable(token, client);
    const { contact } = link;
    const competenceIds = competenceSlugs ? await this.competenceIds(competenceSlugs) : undefined;
    const day = awayUntil === undefined ? {} : { awayUntil: awayUntil === null ? null : new Date(`${awayUntil}T00:00:00Z`) };
    const changes = Object.fromEntries(Object.entries({ ...fields, ...day }).filter(([, value]) => value !== undefined));
    const now = this.clock.now();
    const row = await this.prisma.client.$transaction(async (tx) => {
      if (!(await this.links.use(tx, { id: link.id, contactId: contact.id }, now))) throw new AppError('LINK_INVALID', LINK_INVALID);
      const verified = { lastVerifiedAt: now, lastVerifiedById: contact.userId, ...FRESHNESS_CLEARED };
      const updated = await this.contacts.updateIfVersion(contact.id, version, { ...changes, ...verified }, { competenceIds }, tx);
      if (!updated) {
        throw new AppError('VERSION_CONFLICT', 'Your details were changed by someone else since you opened the page; reload it and redo your edit.', {
          currentVersion: (await this.links.findContact(contact.id, tx)).version,
        });
      }
      const changed = Object.keys(input).filter((key) => key !== 'token' && key !== 'version');
      await this.audit.record({ ...this.auditEntry(contact, client), action: 'contact.updated', details: { fields: changed, via: 'verification_link' } }, tx);
      return this.links.findContact(contact.id, tx);
    });
    return toContactVerification(row, link.expiresAt, await this.links.availableCompetences());
  }

  private async findUsable(token: string, client: ClientInfo) {
    await this.rateLimiter.consume(`verification-link:ip:${client.ip}`, LINK_USES_PER_IP);
    const link = await this.links.findByTokenHash(hashToken(token));
    if (!link || link.usedAt || link.expiresAt <= this.clock.now() || link.contact.archivedAt) throw new AppError('LINK_INVALID', LINK_INVALID);
    return link;
  }

  private async competenceIds(slugs: string[]): Promise<string[]> {
    const known = await this.contacts.competenceIds(slugs);
    const unknown = slugs.filter((slug) => !known.has(slug));
    if (unknown.length > 0) throw fieldError('competenceSlugs', 'not_found', `Unknown competence: ${unknown.join(', ')}.`);
    return [...new Set(slugs.map((slug) => known.get(slug)!))];
  }

  /** The person the link was mailed to acts, whether or not they have an account. */
  private auditEntry(contact: LinkedContactRow, client: ClientInfo): Omit<AuditEntry, 'action'> {
    return {
      actor: contact.email ? { id: contact.userId, email: contact.email } : null,
      target: { type: 'contact', id: contact.id, label: contact.name },
      client,
    };
  }
}
