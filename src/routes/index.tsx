import { createFileRoute } from '@tanstack/react-router';
import { Overview } from '../features/overview/Overview';
import { overviewDescription } from '../lib/pageDescriptions';
import { pageHead } from '../lib/pageHead';

export const Route = createFileRoute('/')({
  loader: () => ({ description: overviewDescription() }),
  head: ({ loaderData }) => pageHead({ description: loaderData?.description ?? '', path: '/' }),
  component: Overview,
});
