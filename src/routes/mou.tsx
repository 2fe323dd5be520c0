import { createFileRoute } from '@tanstack/react-router';
import { mou } from '../data/mou';
import { mouTerms } from '../data/mouTerms';
import { MouCard } from '../features/mou/MouCard';
import { mouDescription } from '../lib/pageDescriptions';
import { pageHead } from '../lib/pageHead';

export const Route = createFileRoute('/mou')({
  loader: () => ({ description: mouDescription(mou) }),
  head: ({ loaderData }) => pageHead({ page: 'The MoU', description: loaderData?.description ?? '', path: '/mou' }),
  component: MouRoute,
});

function MouRoute() {
  return <MouCard agreement={mou} terms={mouTerms} />;
}
