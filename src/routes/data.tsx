import { createFileRoute } from '@tanstack/react-router';
import { DataPage } from '../features/data/DataPage';
import { pageHead } from '../lib/pageHead';

export const Route = createFileRoute('/data')({
  loader: () => ({
    description: 'The event’s days, people, agencies, contacts and MoU as JSON and CSV, under KOGL Type 1.',
  }),
  head: ({ loaderData }) => pageHead({ page: 'Open data', description: loaderData?.description ?? '', path: '/data' }),
  component: DataPage,
});
