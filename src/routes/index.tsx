import { createFileRoute } from '@tanstack/react-router';
import { Overview } from '../features/overview/Overview';
import { pageTitle } from '../lib/pageTitle';

export const Route = createFileRoute('/')({
  head: () => ({ meta: [{ title: pageTitle() }] }),
  component: Overview,
});
