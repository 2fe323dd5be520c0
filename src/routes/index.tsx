import { createFileRoute } from '@tanstack/react-router';
import { Overview } from '../features/overview/Overview';
import { loadMessages } from '../i18n/catalogue';
import { overviewDescription } from '../lib/pageDescriptions';
import { pageHead } from '../lib/pageHead';

export const Route = createFileRoute('/')({
  // Each loader comes with its component, off the first load (vite.config.ts), and builds the head's tags there.
  loader: async ({ context: { locale } }) => {
    await loadMessages(locale, 'overview', 'agenda', 'mou');
    return { head: pageHead({ description: overviewDescription(locale), path: '/', locale }) };
  },
  head: ({ loaderData }) => loaderData?.head ?? {},
  component: Overview,
});
