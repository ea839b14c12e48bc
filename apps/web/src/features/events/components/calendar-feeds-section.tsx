import { type CalendarFeeds, SECTOR_NAMES, SECTORS } from '@repo/contracts';
import { useQuery } from '@tanstack/react-query';
import { type Ref, useEffect, useRef, useState } from 'react';
import { Button, Input, Label, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorMessage } from '../../../components/error-message';
import { type FilterOption, FilterSelect } from '../../../components/filter-select';
import { formatLongDate } from '../../../lib/dates';
import { currentLanguage } from '../../../lib/i18n';
import { useDeleteCalendarFeeds, useRenewCalendarFeeds } from '../api/calendar-feed-mutations';
import { calendarFeedQueries } from '../api/calendar-feed-queries';

/** The section's place on the profile page, for links from elsewhere. */
export const CALENDAR_FEEDS_ANCHOR = 'calendar-feeds';

type Outcome = 'created' | 'renewed' | 'deleted' | 'copied';

/** The network feed narrowed to one municipality or sector; the API reads them from the query. */
export function narrowedFeedUrl(url: string, narrowing: { municipality?: string; sector?: string }): string {
  const narrowed = new URL(url, window.location.origin);
  if (narrowing.municipality) narrowed.searchParams.set('municipality', narrowing.municipality);
  if (narrowing.sector) narrowed.searchParams.set('sector', narrowing.sector);
  return narrowed.href;
}

interface FeedFieldProps {
  label: string;
  description: string;
  url: string;
  onCopied: () => void;
  inputRef?: Ref<HTMLInputElement>;
}

/** A secret address in a read-only field, selected on focus so it can be copied by hand too. */
function FeedField({ label, description, url, onCopied, inputRef }: FeedFieldProps) {
  const { t } = useTranslation();
  const canCopy = typeof navigator !== 'undefined' && Boolean(navigator.clipboard);
  return (
    <div className="feed-field">
      <TextField className="field" value={url} isReadOnly>
        <Label className="field__label">{label}</Label>
        <Text slot="description" className="field__description">
          {description}
        </Text>
        <Input ref={inputRef} className="input" onFocus={(event) => event.currentTarget.select()} />
      </TextField>
      {canCopy ? (
        <Button
          className="button button--secondary button--small"
          aria-label={t('eventPage.feeds.copyLabel', { feed: label })}
          onPress={() => void navigator.clipboard.writeText(url).then(onCopied)}
        >
          {t('eventPage.feeds.copy')}
        </Button>
      ) : null}
    </div>
  );
}

interface CalendarFeedsSectionProps {
  /** For narrowing the network feed to one municipality. */
  municipalities: FilterOption[];
}

interface FeedAddressesProps extends CalendarFeedsSectionProps {
  feeds: CalendarFeeds;
  onCopied: () => void;
  firstInput: Ref<HTMLInputElement>;
}

function FeedAddresses({ feeds, municipalities, onCopied, firstInput }: FeedAddressesProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [municipality, setMunicipality] = useState<string>();
  const [sector, setSector] = useState<string>();
  if (!feeds.personalUrl || !feeds.networkUrl) return null;
  return (
    <>
      <FeedField
        label={t('eventPage.feeds.personal')}
        description={t('eventPage.feeds.personalDescription')}
        url={feeds.personalUrl}
        onCopied={onCopied}
        inputRef={firstInput}
      />
      <fieldset className="fieldset">
        <legend>{t('eventPage.feeds.networkNarrowing')}</legend>
        <div className="filters">
          <FilterSelect
            label={t('eventPage.feeds.municipality')}
            allLabel={t('eventPage.feeds.allMunicipalities')}
            options={municipalities}
            value={municipality}
            onChange={setMunicipality}
          />
          <FilterSelect
            label={t('eventPage.feeds.sector')}
            allLabel={t('eventPage.feeds.allSectors')}
            options={SECTORS.map((code) => ({ id: code, label: SECTOR_NAMES[code][language] }))}
            value={sector}
            onChange={setSector}
          />
        </div>
      </fieldset>
      <FeedField
        label={t('eventPage.feeds.network')}
        description={t('eventPage.feeds.networkDescription')}
        url={narrowedFeedUrl(feeds.networkUrl, { municipality, sector })}
        onCopied={onCopied}
      />
      {feeds.createdAt ? <p>{t('eventPage.feeds.createdAt', { date: formatLongDate(feeds.createdAt, language) })}</p> : null}
    </>
  );
}

/**
 * The profile's calendar section: secret addresses that Outlook, Thunderbird or a phone subscribe
 * to, made, renewed (the old stop working) and removed here.
 */
export function CalendarFeedsSection({ municipalities }: CalendarFeedsSectionProps) {
  const { t } = useTranslation();
  const feeds = useQuery(calendarFeedQueries.mine());
  const renew = useRenewCalendarFeeds();
  const remove = useDeleteCalendarFeeds();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const hasFeeds = Boolean(feeds.data?.personalUrl);
  const heading = useRef<HTMLHeadingElement>(null);
  // The event page links here ("subscribe from your profile").
  useEffect(() => {
    if (window.location.hash !== `#${CALENDAR_FEEDS_ANCHOR}`) return;
    heading.current?.scrollIntoView();
    heading.current?.focus();
  }, []);
  const firstInput = useRef<HTMLInputElement>(null);
  const createButton = useRef<HTMLButtonElement>(null);
  // Making or removing the addresses swaps the buttons; focus moves to what took their place.
  const moveFocus = useRef(false);
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    if (hasFeeds) firstInput.current?.focus();
    else createButton.current?.focus();
  }, [hasFeeds]);
  return (
    <section aria-labelledby="calendar-feeds-heading" className="panel" id={CALENDAR_FEEDS_ANCHOR}>
      <h2 id="calendar-feeds-heading" ref={heading} tabIndex={-1}>
        {t('eventPage.feeds.heading')}
      </h2>
      <p>{t('eventPage.feeds.intro')}</p>
      <ul>
        <li>{t('eventPage.feeds.outlook')}</li>
        <li>{t('eventPage.feeds.thunderbird')}</li>
        <li>{t('eventPage.feeds.phone')}</li>
      </ul>
      <p className="notice notice--warning">{t('eventPage.feeds.secret')}</p>
      {feeds.isPending ? <p role="status">{t('eventPage.feeds.loading')}</p> : null}
      {feeds.isError ? <ErrorMessage error={feeds.error} /> : null}
      {feeds.data && !hasFeeds ? <p>{t('eventPage.feeds.none')}</p> : null}
      {feeds.data ? <FeedAddresses feeds={feeds.data} municipalities={municipalities} onCopied={() => setOutcome('copied')} firstInput={firstInput} /> : null}
      {feeds.data ? (
        hasFeeds ? (
          <div className="page-actions button-row">
            <ConfirmDialog
              trigger={t('eventPage.feeds.renew')}
              heading={t('eventPage.feeds.renewHeading')}
              confirm={t('eventPage.feeds.renewConfirm')}
              isPending={renew.isPending}
              error={renew.error}
              onOpenChange={() => renew.reset()}
              onConfirm={(close) =>
                renew.mutate(undefined, {
                  onSuccess: () => {
                    setOutcome('renewed');
                    close();
                  },
                })
              }
            >
              <p>{t('eventPage.feeds.renewText')}</p>
            </ConfirmDialog>
            <ConfirmDialog
              trigger={t('eventPage.feeds.delete')}
              triggerAriaLabel={t('eventPage.feeds.deleteLabel')}
              heading={t('eventPage.feeds.deleteHeading')}
              confirm={t('eventPage.feeds.deleteConfirm')}
              isPending={remove.isPending}
              error={remove.error}
              onOpenChange={() => remove.reset()}
              onConfirm={(close) =>
                remove.mutate(undefined, {
                  onSuccess: () => {
                    moveFocus.current = true;
                    setOutcome('deleted');
                    close();
                  },
                })
              }
            >
              <p>{t('eventPage.feeds.deleteText')}</p>
            </ConfirmDialog>
          </div>
        ) : (
          <>
            {renew.error ? <ErrorMessage error={renew.error} /> : null}
            <Button
              ref={createButton}
              className="button"
              isPending={renew.isPending}
              onPress={() => {
                setOutcome(null);
                renew.mutate(undefined, {
                  onSuccess: () => {
                    moveFocus.current = true;
                    setOutcome('created');
                  },
                });
              }}
            >
              {t('eventPage.feeds.create')}
            </Button>
          </>
        )
      ) : null}
      <p role="status" className="status-line">
        {outcome ? t(`eventPage.feeds.done.${outcome}`) : ''}
      </p>
    </section>
  );
}
