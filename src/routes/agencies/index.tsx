import { createFileRoute } from '@tanstack/react-router';
import { AgencyList } from '../../features/agencies/AgencyList';
import { agenciesDescription } from '../../lib/pageDescriptions';
import { pageHead } from '../../lib/pageHead';

export const Route = createFileRoute('/agencies/')({
  head: () => pageHead({ page: 'Agencies', description: agenciesDescription(), path: '/agencies' }),
  component: AgencyList,
});
