import { useParams } from '@tanstack/react-router';
import { NotFound } from '../../components/NotFound';
import { event } from '../../data/event';
import { formatDateRange } from '../../lib/dates';
import { truncate } from '../../lib/truncate';

export function DayNotFound() {
  const requested = useParams({ strict: false, select: (params) => params.day ?? '' });
  const shown = truncate(requested);
  return (
    <NotFound heading="No such day">
      <p>
        {event.name} ran from {formatDateRange(event.start, event.end)}. There is no programme for “{shown}”. Pick one
        of the event’s days below.
      </p>
    </NotFound>
  );
}
