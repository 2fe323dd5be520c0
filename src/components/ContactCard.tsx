import { memo } from 'react';
import type { Agency, Contact } from '../data/types';
import { absoluteUrl } from '../lib/absoluteUrl';
import { toInternational, toTelUri } from '../lib/phone';
import { roleLabel } from '../lib/roleLabel';
import { CopyLink } from './CopyLink';
import { DownloadContactsButton } from './DownloadContactsButton';
import { AgencyShortName } from './OrganisationName';

// On its agency's page a card sits under an h2, and needs no link back to that page.
type ContactCardProps = { contact: Contact; agency: Agency; onAgencyPage?: boolean };

/** Memoised: as a search narrows, the contacts still shown are not drawn again. */
export const ContactCard = memo(function ContactCard({ contact, agency, onAgencyPage }: ContactCardProps) {
  const Heading = onAgencyPage ? 'h3' : 'h4';
  return (
    <li className="contact-card" id={contact.id}>
      <Heading className="contact-card__name" tabIndex={-1}>
        {contact.name}
      </Heading>
      <p className="contact-card__role">
        {/* The badge sets the role apart; a separator would dangle where the line wraps. */}
        {contact.title}
        <span className="visually-hidden">,</span> <span className="badge badge--role">{roleLabel[contact.role]}</span>
      </p>
      <p className="muted">
        {contact.team}, <AgencyShortName agency={agency} linked={!onAgencyPage} />
      </p>
      {/* One number: the international form to tap, the domestic form beside it for callers in Korea. */}
      <p className="contact-card__phone">
        <a href={toTelUri(contact.phone)} className="contact-card__call">
          <span className="visually-hidden">Call {contact.name} on</span> {toInternational(contact.phone)}
        </a>{' '}
        <span className="contact-card__domestic">
          in Korea <span className="nowrap">{contact.phone}</span>
        </span>
      </p>
      <div className="card-actions">
        <DownloadContactsButton contacts={[contact]}>
          Download contact<span className="visually-hidden">: {contact.name}</span>
        </DownloadContactsButton>
        <CopyLink url={absoluteUrl(`/contacts#${contact.id}`)} label={contact.name} />
      </div>
    </li>
  );
});
