import { Link } from '@tanstack/react-router';
import { findDay } from '../../data/agenda';
import type { RelationEvidence } from '../../data/types';
import { useLocale, useMessages } from '../../i18n/catalogue';
import { dayLabel } from '../../i18n/dayLabel';

/** A link to the passage a relation was read from. */
export function EvidenceLink({ evidence }: { evidence: RelationEvidence }) {
  const t = useMessages('agencies');
  const locale = useLocale();
  if (evidence.kind === 'mou-purpose') {
    return <Link to="/mou">{t.mouPurpose}</Link>;
  }
  const day = findDay(evidence.day);
  return (
    <Link to="/agenda/$day" params={{ day: evidence.day }} hash={evidence.slug}>
      {t.theTalk(day ? dayLabel(day, locale) : '')}
    </Link>
  );
}
