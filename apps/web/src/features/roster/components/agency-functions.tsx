import type { AgencyFunctionList } from '@repo/contracts';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PhoneLink } from '../../../components/phone-link';

type AgencyFunction = AgencyFunctionList['items'][number];

/** The agency's seats: who holds each, who stands in, and which stand vacant; a name opens the seat or the person. */
export function AgencyFunctions({ functions }: { functions: AgencyFunction[] }) {
  const { t } = useTranslation();
  if (functions.length === 0) return <p>{t('roster.noFunctions')}</p>;
  return (
    <ul className="roster-list">
      {functions.map((fn) => {
        // While the holder is away, the deputy who is not comes first.
        const deputyFirst = Boolean(fn.holder?.isAway && fn.deputy && !fn.deputy.isAway);
        const holder = (
          <Fragment key="holder">
            <dt>{t('roster.holder')}</dt>
            <dd>
              {fn.holder ? (
                <>
                  <Link to={`/contacts/${fn.holder.id}`}>{fn.holder.name}</Link>
                  {fn.holder.isAway ? <span className="badge badge--away">{t('roster.away')}</span> : null}
                </>
              ) : (
                <span className="badge badge--vacant">{t('roster.vacant')}</span>
              )}
            </dd>
          </Fragment>
        );
        const deputy = fn.deputy ? (
          <Fragment key="deputy">
            <dt>{t('roster.deputy')}</dt>
            <dd>
              <Link to={`/contacts/${fn.deputy.id}`}>{fn.deputy.name}</Link>
              {fn.deputy.isAway ? <span className="badge badge--away">{t('roster.away')}</span> : null}
            </dd>
          </Fragment>
        ) : null;
        return (
          <li key={fn.id} className="roster-card">
            <h3 className="roster-card__title">
              <Link to={`/functions/${fn.id}`}>{fn.name}</Link>
            </h3>
            <dl className="facts">
              {deputyFirst ? [deputy, holder] : [holder, deputy]}
              {fn.mailbox ? (
                <>
                  <dt>{t('roster.mailbox')}</dt>
                  <dd>
                    <a href={`mailto:${fn.mailbox}`}>{fn.mailbox}</a>
                  </dd>
                </>
              ) : null}
              {fn.phone ? (
                <>
                  <dt>{t('roster.phone')}</dt>
                  <dd>
                    <PhoneLink phone={fn.phone} />
                  </dd>
                </>
              ) : null}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
