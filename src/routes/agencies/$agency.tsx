import { createFileRoute, notFound } from '@tanstack/react-router';
import { getAgency, isAgencyId } from '../../data/organisations';
import { AgencyNotFound } from '../../features/agencies/AgencyNotFound';
import { AgencyPage } from '../../features/agencies/AgencyPage';
import { agencyDescription } from '../../lib/pageDescriptions';
import { pageHead } from '../../lib/pageHead';

export const Route = createFileRoute('/agencies/$agency')({
  loader: ({ params }) => {
    // "/agencies/KISA" never gets here: the root route sends it to /agencies/kisa (src/routes/__root.tsx).
    if (isAgencyId(params.agency)) return getAgency(params.agency);
    throw notFound();
  },
  head: ({ params }) => {
    if (!isAgencyId(params.agency)) return {};
    const agency = getAgency(params.agency);
    return pageHead({
      page: `${agency.shortName}, ${agency.name}`,
      description: agencyDescription(agency),
      path: `/agencies/${agency.id}`,
    });
  },
  component: AgencyRoute,
  notFoundComponent: AgencyNotFound,
});

function AgencyRoute() {
  return <AgencyPage agency={Route.useLoaderData()} />;
}
