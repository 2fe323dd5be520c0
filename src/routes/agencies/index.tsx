import { createFileRoute } from '@tanstack/react-router';
import { AgencyList } from '../../features/agencies/AgencyList';
import { pageTitle } from '../../lib/pageTitle';

export const Route = createFileRoute('/agencies/')({
  head: () => ({ meta: [{ title: pageTitle('Agencies') }] }),
  component: AgencyList,
});
