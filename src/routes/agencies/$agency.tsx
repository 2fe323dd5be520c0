import { createFileRoute, notFound } from '@tanstack/react-router';
import { getAgency, isAgencyId } from '../../data/organisations';
import { AgencyNotFound } from '../../features/agencies/AgencyNotFound';
import { AgencyPage } from '../../features/agencies/AgencyPage';
import { agencyDescription } from '../../lib/pageDescriptions';
import { pageHead } from '../../lib/pageHead';

export const Route = createFileRoute('/agencies/$agency')({
  loader: ({ params }) => {
    // "/agencies/KISA" never gets here: the root route sends it to /agencies/kisa (src/routes/__root.tsx).
    if (!isAgencyId(params.agency)) throw notFound();
    const agency = getAgency(params.agency);
    return { agency, description: agencyDescription(agency) };
  },
  head: ({ loaderData }) =>
    loaderData
      ? pageHead({
          page: `${loaderData.agency.shortName}, ${loaderData.agency.name}`,
          description: loaderData.description,
          path: `/agencies/${loaderData.agency.id}`,
        })
      : {},
  component: AgencyRoute,
  notFoundComponent: AgencyNotFound,
});

function AgencyRoute() {
  return <AgencyPage agency={Route.useLoaderData().agency} />;
}
