import { Link } from '@tanstack/react-router';
import { personSlug } from '../data/people';

/** A speaker's name, linked to their page. */
export function PersonLink({ name, className }: { name: string; className?: string }) {
  return (
    <Link to="/people/$person" params={{ person: personSlug(name) }} className={className}>
      {name}
    </Link>
  );
}
