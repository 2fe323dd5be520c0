import { createFileRoute } from '@tanstack/react-router';
import { mou } from '../data/mou';
import { MouCard } from '../features/mou/MouCard';
import { pageTitle } from '../lib/pageTitle';

export const Route = createFileRoute('/mou')({
  head: () => ({ meta: [{ title: pageTitle('The MoU') }] }),
  component: MouRoute,
});

function MouRoute() {
  return <MouCard agreement={mou} />;
}
