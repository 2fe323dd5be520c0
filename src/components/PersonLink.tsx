import { Link } from '@tanstack/react-router';
import { personSlug } from '../data/people';
import { useLocale } from '../i18n/catalogue';

/** A speaker's name, linked to their page: quoted as published, in English, on a page in another language. */
export function PersonLink({ name, className }: { name: string; className?: string }) {
  const locale = useLocale();
  return (
    <Link
      to="/people/$person"
      params={{ person: personSlug(name) }}
      className={className}
      lang={locale === 'en' ? undefined : 'en'}
    >
      {name}
    </Link>
  );
}
