import { memo } from 'react';
import type { Agency, Contact } from '../data/types';
import { useLocale, useMessages } from '../i18n/catalogue';
import { localizedPath } from '../i18n/locales';
import { absoluteUrl } from '../lib/absoluteUrl';
import { PHONE_REGION, toInternational, toTelUri } from '../lib/phone';
import { roleLabel } from '../lib/roleLabel';
import { CopyLink } from './CopyLink';
import { DownloadContactsButton } from './DownloadContactsButton';
import { AgencyShortName } from './OrganisationName';
import { Quoted } from './Quoted';

// On its agency's page a card sits under an h2, and needs no link back to that page.
type ContactCardProps = { contact: Contact; agency: Agency; onAgencyPage?: boolean };

/**
 * Memoised: as a search narrows, the contacts still shown are not drawn again.
 * The name, title and team are quoted as the release publishes them, in English.
 */
export const ContactCard = memo(function ContactCard({ contact, agency, onAgencyPage }: ContactCardProps) {
  const t = useMessages('contacts');
  const locale = useLocale();
  const Heading = onAgencyPage ? 'h3' : 'h4';
  const name = <Quoted text={contact.name} />;
  return (
    <li className="contact-card" id={contact.id}>
      <Heading className="contact-card__name" tabIndex={-1}>
        {name}
      </Heading>
      <p className="contact-card__role">
        {/* The badge sets the role apart; a separator would dangle where the line wraps. */}
        <Quoted text={contact.title} gloss={t.titleGlosses[contact.title]} />
        <span className="visually-hidden">,</span>{' '}
        <span className="badge badge--role">{roleLabel(contact.role, locale)}</span>
      </p>
      <p className="muted">
        <Quoted text={contact.team} gloss={t.teamGlosses[contact.team]} />,{' '}
        <AgencyShortName agency={agency} linked={!onAgencyPage} />
      </p>
      {/* One number: the international form to tap, the domestic form beside it for callers in its country. */}
      <p className="contact-card__phone">
        <a href={toTelUri(contact.phone)} className="contact-card__call">
          <span className="visually-hidden">
            {t.call.before}
            {name}
            {t.call.after}
          </span>{' '}
          {toInternational(contact.phone)}
        </a>{' '}
        <span className="contact-card__domestic">
          {t.inRegion(t.regionNames[PHONE_REGION] ?? PHONE_REGION)} <span className="nowrap">{contact.phone}</span>
        </span>
      </p>
      <div className="card-actions">
        <DownloadContactsButton contacts={[contact]}>
          {t.downloadContact}
          <span className="visually-hidden">: {name}</span>
        </DownloadContactsButton>
        <CopyLink url={absoluteUrl(localizedPath(`/contacts#${contact.id}`, locale))} label={contact.name} />
      </div>
    </li>
  );
});
