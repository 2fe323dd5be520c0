import type { Mou } from '../../data/types';
import { messagesOf } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/locales';
import { formatDate } from '../../lib/dates';
import { mouStatus } from './mouStatus';
import { useToday } from './useToday';

/** The MoU's status today. Takes the page's language, so that it renders outside a router too (its test). */
export function MouStatusBadge({ agreement, locale }: { agreement: Mou; locale: Locale }) {
  const t = messagesOf(locale, 'mou');
  const status = mouStatus(agreement, useToday());
  return status.state === 'in-effect' ? (
    <span className="status status--active">
      {t.inEffect.before}
      <time dateTime={status.until} className="nowrap">
        {formatDate(status.until, locale)}
      </time>
      {t.inEffect.after}
    </span>
  ) : (
    <span className="status-block">
      <span className="status status--ended">
        {t.termEnded.before(agreement.termYears)}
        <time dateTime={status.ended} className="nowrap">
          {formatDate(status.ended, locale)}
        </time>
        {t.termEnded.after}
      </span>{' '}
      <span className="status-block__note">{t.noRenewal}</span>
    </span>
  );
}
