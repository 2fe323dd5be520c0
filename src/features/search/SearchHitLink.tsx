import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { SearchTarget } from './searchDocuments';

/** A link to where a result lives: the agenda item, agency page, directory entry or MoU. */
export function SearchHitLink({ target, children }: { target: SearchTarget; children: ReactNode }) {
  switch (target.to) {
    case 'item':
      return (
        <Link to="/agenda/$day" params={{ day: target.day }} hash={target.slug}>
          {children}
        </Link>
      );
    case 'agency':
      return (
        <Link to="/agencies/$agency" params={{ agency: target.agency }}>
          {children}
        </Link>
      );
    case 'contact':
      return (
        <Link to="/contacts" search={{ q: target.name }}>
          {children}
        </Link>
      );
    case 'area':
      return (
        <Link to="/mou" hash="mou-areas">
          {children}
        </Link>
      );
  }
}
