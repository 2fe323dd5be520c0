import { createFileRoute, notFound } from '@tanstack/react-router';
import { findPerson } from '../../data/people';
import { PersonNotFound } from '../../features/people/PersonNotFound';
import { PersonPage } from '../../features/people/PersonPage';
import { personDescription } from '../../features/people/personDescription';
import { loadMessages } from '../../i18n/catalogue';
import { pageHead } from '../../lib/pageHead';

export const Route = createFileRoute('/people/$person')({
  // The loader comes with the component, off the first load (vite.config.ts), and builds the head's tags there.
  loader: async ({ params, context: { locale } }) => {
    await loadMessages(locale, 'people', 'contacts', 'agenda');
    // "/people/Hur-Sung-Wook" never gets here: the root route sends it to lower case (src/routes/__root.tsx).
    const person = findPerson(params.person);
    if (!person) throw notFound();
    const head = pageHead({
      page: person.name,
      description: personDescription(person, locale),
      path: `/people/${person.slug}`,
      locale,
    });
    return { person, head };
  },
  head: ({ loaderData }) => loaderData?.head ?? {},
  component: PersonRoute,
  notFoundComponent: PersonNotFound,
});

function PersonRoute() {
  return <PersonPage person={Route.useLoaderData().person} />;
}
