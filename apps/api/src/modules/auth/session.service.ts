import { Injectable } from '@nestjs/common';
import type { Role } from '@repo/contracts';
import type { Prisma, SessionState } from '@repo/db';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../common/access/actor';
import { Clock } from '../../common/clock/clock';
import { hashToken, randomToken } from '../../common/crypto/tokens';
import type { ClientInfo } from '../../common/http/client-info';
import { PrismaService } from '../../prisma/prisma.service';
import { PENDING_MFA_MS, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_MS } from './session.constants';
import { SessionCookie } from './session-cookie';

interface SessionWithUser {
  id: string;
  state: SessionState;
  last_seen_at: Date;
  expires_at: Date;
  user_id: string;
  email: string;
  name: string;
  role: Role;
  agency_id: string;
  is_agency_editor: boolean;
  coordinates_whole_region: boolean;
  disabled_at: Date | null;
  scope_codes: string[];
}
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
    // Every signed-in request passes here: one round trip for the session, its user and their scope.
    const [session] = await this.prisma.client.$queryRaw<SessionWithUser[]>`
      SELECT s.id, s.state::text AS state, s.last_seen_at, s.expires_at,
             u.id AS user_id, u.email, u.name, u.role::text AS role, u.agency_id, u.is_agency_editor,
             u.coordinates_whole_region, u.disabled_at,
             coalesce(array_agg(c.municipality_code ORDER BY c.municipality_code)
                        FILTER (WHERE c.municipality_code IS NOT NULL), '{}') AS scope_codes
      FROM sessions s
      JOIN users u ON u.id = s.user_id
      LEFT JOIN coordinator_scope_municipalities c ON c.user_id = u.id
      WHERE s.token_hash = ${hashToken(token)}
      GROUP BY s.id, u.id`;
    if (!session || session.state !== 'ACTIVE') return null;
    const now = this.clock.now();
    if (!this.isAlive({ lastSeenAt: session.last_seen_at, expiresAt: session.expires_at }, now) || session.disabled_at) {
      await this.prisma.client.session.deleteMany({ where: { id: session.id } });
      return null;
    }
    let lastSeenAt = session.last_seen_at;
    if (now.getTime() - lastSeenAt.getTime() >= SESSION_TOUCH_MS) {
      lastSeenAt = now;
      await this.prisma.client.session.updateMany({ where: { id: session.id }, data: { lastSeenAt } });
    }
    return toActor(session, lastSeenAt);
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

function toActor(row: SessionWithUser, lastSeenAt: Date): Actor {
  const idleExpiresAt = new Date(Math.min(lastSeenAt.getTime() + SESSION_IDLE_MS, row.expires_at.getTime()));
  return {
    id: row.user_id,
    email: row.email,
    name: row.name,
    role: row.role,
    agencyId: row.agency_id,
    isAgencyEditor: row.is_agency_editor,
    coordinatorScope: row.role === 'COORDINATOR' ? { wholeRegion: row.coordinates_whole_region, municipalityCodes: row.scope_codes } : null,
    sessionId: row.id,
    idleExpiresAt,
    absoluteExpiresAt: row.expires_at,
  };
}
