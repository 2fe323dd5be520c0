import type { Agency, Contact } from '../../data/types';
import { toInternational, toTelUri } from '../../lib/phone';
import { roleLabel } from './roleLabel';

export function ContactCard({ contact, agency }: { contact: Contact; agency: Agency }) {
  return (
    <li className="contact-card">
      <h4 className="contact-card__name">{contact.name}</h4>
      <p className="contact-card__role">
        {contact.title} · <span className="badge badge--role">{roleLabel[contact.role]}</span>
      </p>
      <p className="muted">
        {contact.team}, {agency.shortName}
      </p>
      <p className="contact-card__phone">
        <a href={toTelUri(contact.phone)}>
          <span className="visually-hidden">Call {contact.name} on</span> {toInternational(contact.phone)}
        </a>
      </p>
      <p className="muted">
        In Korea: <span className="nowrap">{contact.phone}</span>
      </p>
    </li>
  );
}
