import { createFileRoute } from '@tanstack/react-router';
import { PeopleList } from '../../features/people/PeopleList';
import { peopleDescription } from '../../features/people/personDescription';
import { pageHead } from '../../lib/pageHead';

export const Route = createFileRoute('/people/')({
  // The loader comes with the component, off the first load (vite.config.ts), and builds the head's tags there.
  loader: () => pageHead({ page: 'People', description: peopleDescription(), path: '/people' }),
  head: ({ loaderData }) => loaderData ?? {},
  component: PeopleList,
});
