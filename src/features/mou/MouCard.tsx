import { Link } from '@tanstack/react-router';
import { CopyLink } from '../../components/CopyLink';
import { SourceLink } from '../../components/SourceLink';
import { findDay } from '../../data/agenda';
import { getAgency, isAgencyId } from '../../data/organisations';
import type { Mou, MouTerms } from '../../data/types';
import { useLocale, useMessages } from '../../i18n/catalogue';
import { dayLabel } from '../../i18n/dayLabel';
import { localizedPath } from '../../i18n/locales';
import { absoluteUrl } from '../../lib/absoluteUrl';
import { formatDate } from '../../lib/dates';
import { MouStatusBadge } from './MouStatusBadge';

export function MouCard({ agreement, terms }: { agreement: Mou; terms: MouTerms }) {
  const t = useMessages('mou');
  const agenda = useMessages('agenda');
  const locale = useLocale();
  const signingDay = findDay(agreement.signingItem.day);
  // The parties with pages and contacts here: the ministry, not the World Bank.
  const agencies = agreement.parties.filter(isAgencyId).map(getAgency);
  return (
    <div className="split">
      <div className="split__head">
        <h1 tabIndex={-1}>{t.titles[agreement.title] ?? agreement.title}</h1>
      </div>
      <section className="split__aside summary-card" aria-labelledby="mou-facts">
        <h2 id="mou-facts" className="summary-card__title">
          {t.atAGlance}
        </h2>
        <dl className="summary-list">
          <div>
            <dt>{t.parties}</dt>
            <dd>{agenda.organisations(agreement.parties)}</dd>
          </div>
          <div>
            <dt>{t.statusToday}</dt>
            <dd>
              <MouStatusBadge agreement={agreement} locale={locale} />
            </dd>
          </div>
          <div>
            <dt>{t.type}</dt>
            <dd>{t.typeValue(agreement.binding)}</dd>
          </div>
          <div>
            <dt>{t.signed}</dt>
            <dd>
              <time dateTime={agreement.signed}>{formatDate(agreement.signed, locale)}</time>
              {t.signedAt(t.places[agreement.signedAt] ?? agreement.signedAt)}
            </dd>
          </div>
          <div>
            <dt>{t.term}</dt>
            <dd>{t.termValue(agreement.termYears)}</dd>
          </div>
        </dl>
        <ul className="summary-card__links">
          <li>
            <Link to="/agenda/$day" params={{ day: agreement.signingItem.day }} hash={agreement.signingItem.slug}>
              {t.theSigning(signingDay ? dayLabel(signingDay, locale) : '')}
            </Link>
          </li>
          {agencies.map((agency) => (
            <li key={`contacts-${agency.id}`}>
              <Link to="/contacts" search={{ agency: agency.id }}>
                {agenda.contactsAt(agenda.agencyName(agency))}
              </Link>
            </li>
          ))}
          {agencies.map((agency) => (
            <li key={`about-${agency.id}`}>
              <Link to="/agencies/$agency" params={{ agency: agency.id }}>
                {t.about(agenda.agencyName(agency))}
              </Link>
            </li>
          ))}
        </ul>
        <div className="summary-card__footer">
          <CopyLink url={absoluteUrl(localizedPath('/mou', locale))} label={t.theMou} />
          <SourceLink />
        </div>
      </section>

      <div className="split__body">
        <section aria-labelledby="mou-areas">
          <h2 id="mou-areas">{t.areasHeading}</h2>
          <p className="reading">{t.areasIntro(t.scope || terms.scope)}</p>
          <ul className="chips">
            {agreement.areas.map((area) => (
              <li key={area}>
                <Link to="/search" search={{ q: area.toLowerCase() }} className="chip chip--link">
                  {t.areas[area] ?? area}
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="mou-activities">
          <h2 id="mou-activities">{t.activitiesHeading}</h2>
          <ul className="reading bullet-list">
            {terms.activities.map((activity, index) => (
              <li key={activity}>{t.activities[index] ?? activity}</li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="mou-purpose">
          <h2 id="mou-purpose">{t.purposeHeading}</h2>
          {terms.purpose.map((paragraph, index) => (
            <p key={paragraph} className="reading">
              {t.purpose[index] ?? paragraph}
            </p>
          ))}
        </section>
      </div>
    </div>
  );
}
