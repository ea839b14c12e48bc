import type { MfaSetup } from '@repo/contracts';
import { useTranslation } from 'react-i18next';

/** "KNQW25TF…" in groups of four, easier to copy by hand; authenticator apps ignore the spaces. */
export function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

/** The QR code to scan with an authenticator app, and the key to type when scanning is not possible. */
export function MfaSetupInstructions({ setup }: { setup: MfaSetup }) {
  const { t } = useTranslation();
  return (
    <div className="mfa-setup">
      <ol className="mfa-setup__steps">
        <li>{t('mfa.stepInstall')}</li>
        <li>{t('mfa.stepScan')}</li>
        <li>{t('mfa.stepCode')}</li>
      </ol>
      <img
        className="mfa-setup__qr"
        src={`data:image/svg+xml;utf8,${encodeURIComponent(setup.qrCodeSvg)}`}
        alt={t('mfa.qrAlt')}
        width={200}
        height={200}
      />
      <p>{t('mfa.cantScan')}</p>
      <p>
        <code className="mfa-setup__secret">{groupSecret(setup.secret)}</code>
      </p>
    </div>
  );
}
