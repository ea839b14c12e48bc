import { Injectable } from '@nestjs/common';
import type { Prisma, SessionState } from '@repo/db';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../common/access/actor';
import { Clock } from '../../common/clock/clock';
import { hashToken, randomToken } from '../../common/crypto/tokens';
import type { ClientInfo } from '../../common/http/client-info';
import { PrismaService } from '../../prisma/prisma.service';
import { PENDING_MFA_MS, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_MS } from './session.constants';
import { SessionCookie } from './session-cookie';

const SESSION_USER = {
  id: true,
  email: true,
  name: true,
  role: true,
  agencyId: true,
  isAgencyEditor: true,
  coordinatesWholeRegion: true,
  disabledAt: true,
  scopeMunicipalities: { select: { municipalityCode: true }, orderBy: { municipalityCode: 'asc' } },
} satisfies Prisma.UserSelect;

type SessionUser = Prisma.UserGetPayload<{ select: typeof SESSION_USER }>;
type Db = Pick<Prisma.TransactionClient, 'session'>;

export interface PendingLogin {
  sessionId: string;
  userId: string;
}

/**
 * Server-side sessions in PostgreSQL: the browser holds a random token, the table its SHA-256.
 * Nothing lives in process memory, so any API process can serve any session.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
    private readonly cookie: SessionCookie,
  ) {}

  /** Starts a session and returns the token for the cookie. A new token every time: no fixation. */
  async start(userId: string, state: SessionState, client: ClientInfo, db: Db = this.prisma.client): Promise<string> {
    const token = randomToken();
    const now = this.clock.now();
    const lifetime = state === 'ACTIVE' ? SESSION_ABSOLUTE_MS : PENDING_MFA_MS;
    await db.session.create({
      data: {
        tokenHash: hashToken(token),
        userId,
        state,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + lifetime),
        ip: client.ip,
        userAgent: client.userAgent,
      },
    });
    return token;
  }

  /** The signed-in user of a request, or null. Counts the request as activity. */
  async authenticate(request: FastifyRequest): Promise<Actor | null> {
    const token = this.cookie.read(request);
    if (!token) return null;
    const session = await this.prisma.client.session.findUnique({
      where: { tokenHash: hashToken(token) },
      select: { id: true, state: true, lastSeenAt: true, expiresAt: true, user: { select: SESSION_USER } },
    });
    if (!session || session.state !== 'ACTIVE') return null;
    const now = this.clock.now();
    if (!this.isAlive(session, now) || session.user.disabledAt) {
      await this.prisma.client.session.deleteMany({ where: { id: session.id } });
      return null;
    }
    let lastSeenAt = session.lastSeenAt;
    if (now.getTime() - lastSeenAt.getTime() >= SESSION_TOUCH_MS) {
      lastSeenAt = now;
      await this.prisma.client.session.updateMany({ where: { id: session.id }, data: { lastSeenAt } });
    }
    return toActor(session.user, session.id, lastSeenAt, session.expiresAt);
  }

  /** The login waiting for its second factor, if the request carries one that is still valid. */
  async pendingLogin(request: FastifyRequest): Promise<PendingLogin | null> {
    const token = this.cookie.read(request);
    if (!token) return null;
    const session = await this.prisma.client.session.findUnique({
      where: { tokenHash: hashToken(token) },
      select: { id: true, state: true, userId: true, expiresAt: true, user: { select: { disabledAt: true } } },
    });
    if (!session || session.state !== 'PENDING_MFA') return null;
    if (session.expiresAt <= this.clock.now() || session.user.disabledAt) return null;
    return { sessionId: session.id, userId: session.userId };
  }

  /** Ends the session a request carries, whatever its state. */
  async endByToken(token: string): Promise<{ userId: string; email: string } | null> {
    const session = await this.prisma.client.session.findUnique({
      where: { tokenHash: hashToken(token) },
      select: { id: true, user: { select: { id: true, email: true } } },
    });
    if (!session) return null;
    await this.prisma.client.session.deleteMany({ where: { id: session.id } });
    return { userId: session.user.id, email: session.user.email };
  }

  async end(sessionId: string, db: Db = this.prisma.client): Promise<void> {
    await db.session.deleteMany({ where: { id: sessionId } });
  }

  /** Ends every session of a user (disabled, role changed, password changed), optionally but one. */
  async endAllForUser(userId: string, options: { except?: string } = {}, db: Db = this.prisma.client): Promise<number> {
    const { count } = await db.session.deleteMany({
      where: { userId, ...(options.except ? { id: { not: options.except } } : {}) },
    });
    return count;
  }

  async listForUser(userId: string) {
    const now = this.clock.now();
    const sessions = await this.prisma.client.session.findMany({
      where: { userId, state: 'ACTIVE', expiresAt: { gt: now }, lastSeenAt: { gt: new Date(now.getTime() - SESSION_IDLE_MS) } },
      select: { id: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true },
      orderBy: { lastSeenAt: 'desc' },
    });
    return sessions;
  }

  /**
   * Housekeeping by the database's own clock: drops sessions that have run out. Whether a session
   * is valid is decided in authenticate(), never by this sweep.
   */
  async sweepExpired(): Promise<void> {
    const idle = `${SESSION_IDLE_MS} milliseconds`;
    await this.prisma.client.$executeRaw`
      DELETE FROM sessions WHERE expires_at <= now() OR last_seen_at <= now() - ${idle}::interval`;
  }

  private isAlive(session: { lastSeenAt: Date; expiresAt: Date }, now: Date): boolean {
    return session.expiresAt > now && session.lastSeenAt.getTime() + SESSION_IDLE_MS > now.getTime();
  }
}

function toActor(user: SessionUser, sessionId: string, lastSeenAt: Date, expiresAt: Date): Actor {
  const idleExpiresAt = new Date(Math.min(lastSeenAt.getTime() + SESSION_IDLE_MS, expiresAt.getTime()));
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    agencyId: user.agencyId,
    isAgencyEditor: user.isAgencyEditor,
    coordinatorScope:
      user.role === 'COORDINATOR'
        ? { wholeRegion: user.coordinatesWholeRegion, municipalityCodes: user.scopeMunicipalities.map((row) => row.municipalityCode) }
        : null,
    sessionId,
    idleExpiresAt,
    absoluteExpiresAt: expiresAt,
  };
}
