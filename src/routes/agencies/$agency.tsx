import { createFileRoute, notFound, redirect } from '@tanstack/react-router';
import { getAgency, isAgencyId } from '../../data/organisations';
import { AgencyNotFound } from '../../features/agencies/AgencyNotFound';
import { AgencyPage } from '../../features/agencies/AgencyPage';
import { pageTitle } from '../../lib/pageTitle';

export const Route = createFileRoute('/agencies/$agency')({
  loader: ({ params }) => {
    if (isAgencyId(params.agency)) return getAgency(params.agency);
    // "/agencies/KISA" is a slip, not a different page: send it to the one URL.
    const canonical = params.agency.toLowerCase();
    if (isAgencyId(canonical))
      throw redirect({ to: '/agencies/$agency', params: { agency: canonical }, replace: true });
    throw notFound();
  },
  head: ({ params }) => {
    if (!isAgencyId(params.agency)) return {};
    const agency = getAgency(params.agency);
    return { meta: [{ title: pageTitle(`${agency.shortName}, ${agency.name}`) }] };
  },
  component: AgencyRoute,
  notFoundComponent: AgencyNotFound,
});

function AgencyRoute() {
  return <AgencyPage agency={Route.useLoaderData()} />;
}
