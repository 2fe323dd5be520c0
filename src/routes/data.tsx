import { createFileRoute } from '@tanstack/react-router';
import { DataPage } from '../features/data/DataPage';
import { loadMessages, messagesOf } from '../i18n/catalogue';
import { pageHead } from '../lib/pageHead';

export const Route = createFileRoute('/data')({
  loader: async ({ context: { locale } }) => {
    await loadMessages(locale, 'data');
    const t = messagesOf(locale, 'data');
    return { head: pageHead({ page: t.pageTitle, description: t.pageDescription, path: '/data', locale }) };
  },
  head: ({ loaderData }) => loaderData?.head ?? {},
  component: DataPage,
});
