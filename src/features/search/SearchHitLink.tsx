import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { SearchTarget } from './searchDocuments';

/** A link to where a result lives: the agenda item, person's or agency's page, directory entry or MoU. */
export function SearchHitLink({ destination, children }: { destination: SearchTarget; children: ReactNode }) {
  switch (destination.to) {
    case 'item':
      return (
        <Link to="/agenda/$day" params={{ day: destination.day }} hash={destination.slug}>
          {children}
        </Link>
      );
    case 'agency':
      return (
        <Link to="/agencies/$agency" params={{ agency: destination.agency }}>
          {children}
        </Link>
      );
    case 'person':
      return (
        <Link to="/people/$person" params={{ person: destination.slug }}>
          {children}
        </Link>
      );
    case 'contact':
      return (
        <Link to="/contacts" search={{ q: destination.name }}>
          {children}
        </Link>
      );
    case 'area':
      return <Link to="/mou">{children}</Link>;
  }
}
