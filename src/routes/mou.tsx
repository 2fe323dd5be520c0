import { createFileRoute } from '@tanstack/react-router';
import { mou } from '../data/mou';
import { mouTerms } from '../data/mouTerms';
import { MouCard } from '../features/mou/MouCard';
import { loadMessages, messagesOf } from '../i18n/catalogue';
import { mouDescription } from '../lib/pageDescriptions';
import { pageHead } from '../lib/pageHead';

export const Route = createFileRoute('/mou')({
  loader: async ({ context: { locale } }) => {
    // 'agenda' for the names of the parties and the source link.
    await loadMessages(locale, 'mou', 'agenda');
    const page = messagesOf(locale, 'mou').pageTitle;
    return { head: pageHead({ page, description: mouDescription(mou, locale), path: '/mou', locale }) };
  },
  head: ({ loaderData }) => loaderData?.head ?? {},
  component: MouRoute,
});

function MouRoute() {
  return <MouCard agreement={mou} terms={mouTerms} />;
}
