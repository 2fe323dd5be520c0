import { createFileRoute } from '@tanstack/react-router';
import { AgencyList } from '../../features/agencies/AgencyList';
import { agenciesDescription } from '../../lib/pageDescriptions';
import { pageHead } from '../../lib/pageHead';

export const Route = createFileRoute('/agencies/')({
  loader: () => ({ description: agenciesDescription() }),
  head: ({ loaderData }) =>
    pageHead({ page: 'Agencies', description: loaderData?.description ?? '', path: '/agencies' }),
  component: AgencyList,
});
