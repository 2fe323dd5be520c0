import { createFileRoute, redirect, useLocation, useRouter } from '@tanstack/react-router';
import { ContactsDirectory } from '../features/contacts/ContactsDirectory';
import {
  CONTACTS_SEARCH_KEYS,
  parseContactsSearch,
  toContactsSearch,
  toggleAgency,
  validateContactsSearch,
} from '../features/contacts/contactsSearch';
import { absoluteUrl } from '../lib/absoluteUrl';
import { loadMessages, messagesOf } from '../i18n/catalogue';
import { linkNotes } from '../lib/linkNotes';
import { contactsDescription } from '../lib/pageDescriptions';
import { pageHead } from '../lib/pageHead';

export const Route = createFileRoute('/contacts')({
  validateSearch: validateContactsSearch,
  // A link with unknown agencies, unread keys or any other spelling is replaced by its canonical URL.
  loader: async ({ location, context: { locale } }) => {
    await loadMessages(locale, 'contacts', 'notices');
    const filter = parseContactsSearch(validateContactsSearch(location.search));
    const search = toContactsSearch(filter);
    const notes = linkNotes(location, search, CONTACTS_SEARCH_KEYS, filter.unknownAgencies);
    if (notes)
      throw redirect({ to: '/contacts', search, hash: location.hash, replace: true, state: { linkNotes: notes } });
    const page = messagesOf(locale, 'contacts').pageTitle;
    return { head: pageHead({ page, description: contactsDescription(locale), path: '/contacts', locale }) };
  },
  head: ({ loaderData }) => loaderData?.head ?? {},
  component: ContactsRoute,
});

function ContactsRoute() {
  const filter = parseContactsSearch(Route.useSearch());
  const notes = useLocation({ select: (location) => location.state.linkNotes });
  const navigate = Route.useNavigate();
  const router = useRouter();
  const viewUrl = absoluteUrl(router.buildLocation({ to: '/contacts', search: toContactsSearch(filter) }).href);
  return (
    <ContactsDirectory
      filter={filter}
      linkNotes={notes}
      viewUrl={viewUrl}
      onToggleAgency={(agency, query) =>
        navigate({
          search: toContactsSearch({ query, agencies: toggleAgency(filter.agencies, agency) }),
          resetScroll: false,
        })
      }
      onQueryChange={(query) =>
        navigate({ search: toContactsSearch({ ...filter, query }), replace: true, resetScroll: false })
      }
      onClear={() => navigate({ search: {}, resetScroll: false })}
    />
  );
}
