import type { Mou } from '../../data/types';
import { formatDate } from '../../lib/dates';
import { mouStatus } from './mouStatus';
import { useToday } from './useToday';

export function MouStatusBadge({ agreement }: { agreement: Mou }) {
  const status = mouStatus(agreement, useToday());
  return status.state === 'in-effect' ? (
    <span className="status status--active">
      In effect until{' '}
      <time dateTime={status.until} className="nowrap">
        {formatDate(status.until)}
      </time>
    </span>
  ) : (
    <span className="status-block">
      <span className="status status--ended">
        {agreement.termYears}-year term ran to{' '}
        <time dateTime={status.ended} className="nowrap">
          {formatDate(status.ended)}
        </time>
      </span>{' '}
      <span className="status-block__note">The release says nothing of renewal.</span>
    </span>
  );
}
