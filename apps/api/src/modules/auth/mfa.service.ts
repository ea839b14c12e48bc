import { Injectable } from '@nestjs/common';
import type { MfaSetup } from '@repo/contracts';
import type { Prisma } from '@repo/db';
import { generateSecret, generateURI, verify } from 'otplib';
import { toString as qrCode } from 'qrcode';
import { randomBytes } from 'node:crypto';
import { Clock } from '../../common/clock/clock';
import { hashToken } from '../../common/crypto/tokens';
import { PrismaService } from '../../prisma/prisma.service';

const ISSUER = 'Samverkan Värmland';
const RECOVERY_CODE_COUNT = 10;
/** One 30-second step either side, for clocks that drift a little. */
const EPOCH_TOLERANCE_SECONDS = 30;

type Db = Pick<Prisma.TransactionClient, 'user' | 'mfaRecoveryCode'>;

/** TOTP (RFC 6238) with single-use recovery codes. */
@Injectable()
export class MfaService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
  ) {}

  async newSetup(email: string): Promise<MfaSetup> {
    const secret = generateSecret();
    const otpauthUri = generateURI({ issuer: ISSUER, label: email, secret });
    return { secret, otpauthUri, qrCodeSvg: await qrCode(otpauthUri, { type: 'svg', margin: 2 }) };
  }

  /**
   * Checks a code against the user's secret (or the one being set up) and records its time step,
   * so the same code is never accepted twice, even by two requests at once.
   */
  async acceptTotp(userId: string, secret: string, code: string, db: Db = this.prisma.client): Promise<boolean> {
    if (!/^\d{6}$/.test(code)) return false;
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { mfaLastTimeStep: true } });
    const result = await verify({
      secret,
      token: code,
      epoch: Math.floor(this.clock.now().getTime() / 1000),
      epochTolerance: EPOCH_TOLERANCE_SECONDS,
      afterTimeStep: user.mfaLastTimeStep ?? undefined,
    });
    if (!result.valid || !('timeStep' in result)) return false;
    const { count } = await db.user.updateMany({
      where: { id: userId, OR: [{ mfaLastTimeStep: null }, { mfaLastTimeStep: { lt: result.timeStep } }] },
      data: { mfaLastTimeStep: result.timeStep },
    });
    return count === 1;
  }

  /** Uses up a recovery code; each works once. */
  async acceptRecoveryCode(userId: string, code: string, db: Db = this.prisma.client): Promise<boolean> {
    const normalised = code.trim().toLowerCase();
    if (!/^[a-z2-7]{5}-[a-z2-7]{5}$/.test(normalised)) return false;
    const { count } = await db.mfaRecoveryCode.updateMany({
      where: { userId, codeHash: hashToken(normalised), usedAt: null },
      data: { usedAt: this.clock.now() },
    });
    return count === 1;
  }

  /** A TOTP code or a recovery code. */
  async accept(userId: string, secret: string, code: string, db: Db = this.prisma.client): Promise<boolean> {
    return (await this.acceptTotp(userId, secret, code, db)) || (await this.acceptRecoveryCode(userId, code, db));
  }

  /** Replaces the user's recovery codes; returns the new ones, shown once. */
  async renewRecoveryCodes(userId: string, db: Db): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await db.mfaRecoveryCode.deleteMany({ where: { userId } });
    await db.mfaRecoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashToken(code) })) });
    return codes;
  }
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** Ten base32 characters (50 bits), written xxxxx-xxxxx. */
function newRecoveryCode(): string {
  const chars = [...randomBytes(10)].map((byte) => BASE32[byte % 32]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}
