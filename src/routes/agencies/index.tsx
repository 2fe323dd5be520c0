import { createFileRoute } from '@tanstack/react-router';
import { AgencyList } from '../../features/agencies/AgencyList';
import { loadMessages, messagesOf } from '../../i18n/catalogue';
import { agenciesDescription } from '../../lib/pageDescriptions';
import { pageHead } from '../../lib/pageHead';

export const Route = createFileRoute('/agencies/')({
  loader: async ({ context: { locale } }) => {
    await loadMessages(locale, 'agencies', 'agenda');
    const page = messagesOf(locale, 'agencies').listTitle;
    return { head: pageHead({ page, description: agenciesDescription(locale), path: '/agencies', locale }) };
  },
  head: ({ loaderData }) => loaderData?.head ?? {},
  component: AgencyList,
});
