import { createFileRoute, useRouter } from '@tanstack/react-router';
import { ContactsDirectory } from '../features/contacts/ContactsDirectory';
import {
  parseContactsSearch,
  toContactsSearch,
  toggleAgency,
  unreadSearchKeys,
  validateContactsSearch,
} from '../features/contacts/contactsSearch';
import { absoluteUrl } from '../lib/absoluteUrl';
import { contactsDescription } from '../lib/pageDescriptions';
import { pageHead } from '../lib/pageHead';

export const Route = createFileRoute('/contacts')({
  validateSearch: validateContactsSearch,
  head: () => pageHead({ page: 'Contacts', description: contactsDescription(), path: '/contacts' }),
  component: ContactsRoute,
});

function ContactsRoute() {
  const search = Route.useSearch();
  const filter = parseContactsSearch(search);
  const navigate = Route.useNavigate();
  const router = useRouter();
  const viewUrl = absoluteUrl(router.buildLocation({ to: '/contacts', search: toContactsSearch(filter) }).href);
  return (
    <ContactsDirectory
      filter={filter}
      unreadKeys={unreadSearchKeys(search)}
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
