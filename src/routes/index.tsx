import { createFileRoute } from '@tanstack/react-router';
import { Overview } from '../features/overview/Overview';
import { overviewDescription } from '../lib/pageDescriptions';
import { pageHead } from '../lib/pageHead';

export const Route = createFileRoute('/')({
  head: () => pageHead({ description: overviewDescription(), path: '/' }),
  component: Overview,
});
