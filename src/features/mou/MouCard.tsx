import { Link } from '@tanstack/react-router';
import { CopyLink } from '../../components/CopyLink';
import { SourceLink } from '../../components/SourceLink';
import { findDay } from '../../data/agenda';
import { organisationList } from '../../data/organisations';
import type { Mou, MouTerms } from '../../data/types';
import { absoluteUrl } from '../../lib/absoluteUrl';
import { formatDate } from '../../lib/dates';
import { MouStatusBadge } from './MouStatusBadge';
import { formatCount } from '../../lib/formatCount';

export function MouCard({ agreement, terms }: { agreement: Mou; terms: MouTerms }) {
  const parties = organisationList(agreement.parties);
  const signingDay = findDay(agreement.signingItem.day);
  return (
    <div className="split">
      <div className="split__head">
        <h1 tabIndex={-1}>{agreement.title}</h1>
      </div>
      <section className="split__aside summary-card" aria-labelledby="mou-facts">
        <h2 id="mou-facts" className="summary-card__title">
          The agreement at a glance
        </h2>
        <dl className="summary-list">
          <div>
            <dt>Parties</dt>
            <dd>{parties}</dd>
          </div>
          <div>
            <dt>Status today</dt>
            <dd>
              <MouStatusBadge agreement={agreement} />
            </dd>
          </div>
          <div>
            <dt>Type</dt>
            <dd>{agreement.binding ? 'Binding' : 'Non-binding'} understanding between the two sides</dd>
          </div>
          <div>
            <dt>Signed</dt>
            <dd>
              <time dateTime={agreement.signed}>{formatDate(agreement.signed)}</time>, at {agreement.signedAt}
            </dd>
          </div>
          <div>
            <dt>Term</dt>
            <dd>{formatCount(agreement.termYears, 'year')} from the date of signing</dd>
          </div>
        </dl>
        <ul className="summary-card__links">
          <li>
            <Link to="/agenda/$day" params={{ day: agreement.signingItem.day }} hash={agreement.signingItem.slug}>
              The signing, {signingDay?.label}
            </Link>
          </li>
          <li>
            <Link to="/contacts" search={{ agency: 'msit' }}>
              Contacts at MSIT
            </Link>
          </li>
          <li>
            <Link to="/agencies/$agency" params={{ agency: 'msit' }}>
              About MSIT
            </Link>
          </li>
        </ul>
        <div className="summary-card__footer">
          <CopyLink url={absoluteUrl('/mou')} label="the MoU" />
          <SourceLink />
        </div>
      </section>

      <div className="split__body">
        <section aria-labelledby="mou-areas">
          <h2 id="mou-areas">Areas of cooperation</h2>
          <p className="reading">{terms.scope} The areas it names, each a search of this site:</p>
          <ul className="chips">
            {agreement.areas.map((area) => (
              <li key={area}>
                <Link to="/search" search={{ q: area.toLowerCase() }} className="chip chip--link">
                  {area}
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="mou-activities">
          <h2 id="mou-activities">Activities</h2>
          <ul className="reading bullet-list">
            {terms.activities.map((activity) => (
              <li key={activity}>{activity}</li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="mou-purpose">
          <h2 id="mou-purpose">Purpose</h2>
          {terms.purpose.map((paragraph) => (
            <p key={paragraph} className="reading">
              {paragraph}
            </p>
          ))}
        </section>
      </div>
    </div>
  );
}
