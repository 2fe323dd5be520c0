import { useParams } from '@tanstack/react-router';
import { NotFound } from '../../components/NotFound';
import { event } from '../../data/event';
import { useLocale, useMessages } from '../../i18n/catalogue';
import { formatDateRange } from '../../lib/dates';
import { truncate } from '../../lib/truncate';

export function DayNotFound() {
  const t = useMessages('agenda');
  const locale = useLocale();
  const requested = useParams({ strict: false, select: (params) => params.day ?? '' });
  return (
    <NotFound heading={t.noSuchDay}>
      <p>{t.noSuchDayBody(event.name, formatDateRange(event.start, event.end, locale), truncate(requested))}</p>
    </NotFound>
  );
}
