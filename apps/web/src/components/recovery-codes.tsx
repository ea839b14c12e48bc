import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/** Recovery codes, shown once: each replaces the authenticator app for one login. */
export function RecoveryCodes({ codes }: { codes: readonly string[] }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const canCopy = typeof navigator !== 'undefined' && Boolean(navigator.clipboard);
  return (
    <div className="recovery-codes">
      <p>{t('mfa.recoveryIntro')}</p>
      <ul className="recovery-codes__list" aria-label={t('mfa.recoveryListLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      {canCopy ? (
        <p>
          <Button
            className="button button--secondary"
            onPress={() => {
              void navigator.clipboard.writeText(codes.join('\n')).then(() => setCopied(true));
            }}
          >
            {t('mfa.copyCodes')}
          </Button>{' '}
          <span role="status">{copied ? t('mfa.copied') : ''}</span>
        </p>
      ) : null}
    </div>
  );
}
