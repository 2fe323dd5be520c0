import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { days } from '../data/agenda';
import { pageTitle } from '../lib/pageTitle';

interface NotFoundProps {
  heading?: string;
  children?: ReactNode;
}

/** A not-found page that always offers a way back. */
export function NotFound({ heading = 'Page not found', children }: NotFoundProps) {
  return (
    <div className="page page--narrow">
      <title>{pageTitle(heading)}</title>
      <h1 tabIndex={-1}>{heading}</h1>
      {children ?? <p>There is no page at this address. It may have been mistyped, or the link may be incomplete.</p>}
      <h2>Where to go instead</h2>
      <ul className="link-list">
        <li>
          <Link to="/">Overview of the event</Link>
        </li>
        {days.map((day) => (
          <li key={day.id}>
            <Link to="/agenda/$day" params={{ day: day.id }}>
              Agenda, {day.label}
            </Link>
          </li>
        ))}
        <li>
          <Link to="/mou">The MoU</Link>
        </li>
        <li>
          <Link to="/contacts">Contacts</Link>
        </li>
        <li>
          <Link to="/agencies">Agencies</Link>
        </li>
        <li>
          <Link to="/search">Search</Link>
        </li>
      </ul>
    </div>
  );
}
