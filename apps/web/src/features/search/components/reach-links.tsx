import { useTranslation } from 'react-i18next';
import { PhoneLink } from '../../../components/phone-link';

/** One click to write (mailto:) or call (tel:). */
export function ReachLinks({ email, phone }: { email: string | null; phone: string | null }) {
  const { t } = useTranslation();
  if (!email && !phone) return null;
  return (
    <ul className="reach-links">
      {email ? (
        <li>
          <span className="visually-hidden">{t('search.email')}: </span>
          <a href={`mailto:${email}`}>{email}</a>
        </li>
      ) : null}
      {phone ? (
        <li>
          <span className="visually-hidden">{t('search.phone')}: </span>
          <PhoneLink phone={phone} />
        </li>
      ) : null}
    </ul>
  );
}
