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
    return { day, page: `${day.label}, ${formatDate(day.id)}`, description: dayDescription(day) };
  },
  head: ({ loaderData }) =>
    loaderData
      ? pageHead({ page: loaderData.page, description: loaderData.description, path: `/agenda/${loaderData.day.id}` })
      : {},
  component: DayRoute,
  notFoundComponent: DayNotFound,
});

function DayRoute() {
  return <DayPage day={Route.useLoaderData().day} />;
}
