import { createFileRoute, notFound } from '@tanstack/react-router';
import { findDay } from '../../data/agenda';
import { DayNotFound } from '../../features/agenda/DayNotFound';
import { DayPage } from '../../features/agenda/DayPage';
import { formatDate } from '../../lib/dates';
import { dayDescription } from '../../lib/pageDescriptions';
import { pageHead } from '../../lib/pageHead';

export const Route = createFileRoute('/agenda/$day')({
  loader: ({ params }) => {
    const day = findDay(params.day);
    if (!day) throw notFound();
    return day;
  },
  head: ({ params }) => {
    const day = findDay(params.day);
    return day
      ? pageHead({
          page: `${day.label}, ${formatDate(day.id)}`,
          description: dayDescription(day),
          path: `/agenda/${day.id}`,
        })
      : {};
  },
  component: DayRoute,
  notFoundComponent: DayNotFound,
});

function DayRoute() {
  return <DayPage day={Route.useLoaderData()} />;
}
