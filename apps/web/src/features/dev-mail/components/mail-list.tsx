import type { OutboxMail } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';
import { LinkifiedText } from './linkified-text';

export function MailList({ mails }: { mails: OutboxMail[] }) {
  const { t } = useTranslation();
  if (mails.length === 0) return <p>{t('devMail.empty')}</p>;
  return (
    <ul className="card-list">
      {mails.map((mail) => (
        <li key={mail.id}>
          <article className="card" aria-labelledby={`mail-${mail.id}`}>
            <h2 id={`mail-${mail.id}`} className="card__title">
              {mail.subject}
            </h2>
            <dl className="facts">
              <dt>{t('devMail.to')}</dt>
              <dd>{mail.to}</dd>
              <dt>{t('devMail.sent')}</dt>
              <dd>
                <time dateTime={mail.createdAt}>{formatDateTime(mail.createdAt)}</time>
              </dd>
            </dl>
            <pre className="mail-text">
              <LinkifiedText text={mail.text} />
            </pre>
          </article>
        </li>
      ))}
    </ul>
  );
}
