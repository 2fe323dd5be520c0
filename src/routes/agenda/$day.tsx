import { createFileRoute, notFound } from '@tanstack/react-router';
import { findDay } from '../../data/agenda';
import { DayNotFound } from '../../features/agenda/DayNotFound';
import { DayPage } from '../../features/agenda/DayPage';
import { loadMessages } from '../../i18n/catalogue';
import { dayLabel } from '../../i18n/dayLabel';
import { formatDate } from '../../lib/dates';
import { dayDescription } from '../../lib/pageDescriptions';
import { pageHead } from '../../lib/pageHead';

export const Route = createFileRoute('/agenda/$day')({
  loader: async ({ params, context: { locale } }) => {
    await loadMessages(locale, 'agenda', 'people');
    const day = findDay(params.day);
    if (!day) throw notFound();
    const head = pageHead({
      page: `${dayLabel(day, locale)}, ${formatDate(day.id, locale)}`,
      description: dayDescription(day, locale),
      path: `/agenda/${day.id}`,
      locale,
    });
    return { day, head };
  },
  head: ({ loaderData }) => loaderData?.head ?? {},
  component: DayRoute,
  notFoundComponent: DayNotFound,
});

function DayRoute() {
  return <DayPage day={Route.useLoaderData().day} />;
}
