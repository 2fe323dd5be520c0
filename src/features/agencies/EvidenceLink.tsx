import { Link } from '@tanstack/react-router';
import { findDay } from '../../data/agenda';
import type { RelationEvidence } from '../../data/types';

/** A link to the passage a relation was read from. */
export function EvidenceLink({ evidence }: { evidence: RelationEvidence }) {
  if (evidence.kind === 'mou-purpose') {
    return <Link to="/mou">The MoU’s purpose</Link>;
  }
  return (
    <Link to="/agenda/$day" params={{ day: evidence.day }} hash={evidence.slug}>
      The talk, {findDay(evidence.day)?.label}
    </Link>
  );
}
