import { useLocale, useMessages } from '../i18n/catalogue';
import { dayLabel } from '../i18n/dayLabel';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { days } from '../data/agenda';
import { pageTitle } from '../lib/pageTitle';

interface NotFoundProps {
  heading?: string;
  children?: ReactNode;
}

/** A not-found page that always offers a way back. */
export function NotFound({ heading: givenHeading, children }: NotFoundProps) {
  const t = useMessages('shell').notFound;
  const locale = useLocale();
  const heading = givenHeading ?? t.heading;
  return (
    <div className="page page--narrow">
      <title>{pageTitle(heading, locale)}</title>
      <h1 tabIndex={-1}>{heading}</h1>
      {children ?? <p>{t.body}</p>}
      <h2>{t.elsewhere}</h2>
      <ul className="link-list">
        <li>
          <Link to="/">{t.overview}</Link>
        </li>
        {days.map((day) => (
          <li key={day.id}>
            <Link to="/agenda/$day" params={{ day: day.id }}>
              {t.agendaDay(dayLabel(day, locale))}
            </Link>
          </li>
        ))}
        <li>
          <Link to="/mou">{t.mou}</Link>
        </li>
        <li>
          <Link to="/contacts">{t.contacts}</Link>
        </li>
        <li>
          <Link to="/agencies">{t.agencies}</Link>
        </li>
        <li>
          <Link to="/people">{t.people}</Link>
        </li>
        <li>
          <Link to="/search">{t.search}</Link>
        </li>
      </ul>
    </div>
  );
}
