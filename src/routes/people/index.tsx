import { createFileRoute } from '@tanstack/react-router';
import { PeopleList } from '../../features/people/PeopleList';
import { peopleDescription } from '../../features/people/personDescription';
import { loadMessages, messagesOf } from '../../i18n/catalogue';
import { pageHead } from '../../lib/pageHead';

export const Route = createFileRoute('/people/')({
  loader: async ({ context: { locale } }) => {
    await loadMessages(locale, 'people', 'agenda');
    const page = messagesOf(locale, 'people').listTitle;
    return { head: pageHead({ page, description: peopleDescription(locale), path: '/people', locale }) };
  },
  head: ({ loaderData }) => loaderData?.head ?? {},
  component: PeopleList,
});
