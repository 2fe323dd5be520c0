import { createFileRoute } from '@tanstack/react-router';
import { ContactsDirectory } from '../features/contacts/ContactsDirectory';
import {
  contactsSearchSchema,
  parseContactsSearch,
  toContactsSearch,
  toggleAgency,
} from '../features/contacts/contactsSearch';
import { pageTitle } from '../lib/pageTitle';

export const Route = createFileRoute('/contacts')({
  validateSearch: contactsSearchSchema,
  head: () => ({ meta: [{ title: pageTitle('Contacts') }] }),
  component: ContactsRoute,
});

function ContactsRoute() {
  const filter = parseContactsSearch(Route.useSearch());
  const navigate = Route.useNavigate();
  return (
    <ContactsDirectory
      filter={filter}
      onToggleAgency={(agency) =>
        navigate({
          search: toContactsSearch({ ...filter, agencies: toggleAgency(filter.agencies, agency) }),
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
