import { createFileRoute, notFound } from '@tanstack/react-router';
import { getAgency, isAgencyId } from '../../data/organisations';
import { AgencyNotFound } from '../../features/agencies/AgencyNotFound';
import { AgencyPage } from '../../features/agencies/AgencyPage';
import { loadMessages, messagesOf } from '../../i18n/catalogue';
import { agencyDescription } from '../../lib/pageDescriptions';
import { pageHead } from '../../lib/pageHead';

export const Route = createFileRoute('/agencies/$agency')({
  loader: async ({ params, context: { locale } }) => {
    await loadMessages(locale, 'agencies', 'contacts', 'agenda', 'people');
    // "/agencies/KISA" never gets here: the root route sends it to /agencies/kisa (src/routes/__root.tsx).
    if (!isAgencyId(params.agency)) throw notFound();
    const agency = getAgency(params.agency);
    const head = pageHead({
      page: messagesOf(locale, 'agencies').pageTitle(agency),
      description: agencyDescription(agency, locale),
      path: `/agencies/${agency.id}`,
      locale,
    });
    return { agency, head };
  },
  head: ({ loaderData }) => loaderData?.head ?? {},
  component: AgencyRoute,
  notFoundComponent: AgencyNotFound,
});

function AgencyRoute() {
  return <AgencyPage agency={Route.useLoaderData().agency} />;
}
