import type { ReactNode } from 'react';
import type { Contact } from '../data/types';
import { downloadText } from '../lib/downloadText';
import { useNeedsApp } from './needsApp';

interface DownloadContactsButtonProps {
  contacts: readonly Contact[];
  /** What chose the contacts (agency ids, the search), for the file's name. */
  filter?: readonly string[];
  /** The visible label; add visually hidden context so the name says what downloads. */
  children: ReactNode;
}

/** Downloads the contacts as vCards (.vcf) that address books import. */
export function DownloadContactsButton({ contacts, filter, children }: DownloadContactsButtonProps) {
  // The file is built by the app: in the prerendered page the button is off.
  const needsApp = useNeedsApp();
  async function download() {
    // The builder loads only when someone downloads: it is no part of any page.
    const { VCARD_TYPE, toVCards, vCardFilename } = await import('../lib/vcard');
    downloadText(vCardFilename(contacts, filter), toVCards(contacts), VCARD_TYPE);
  }
  return (
    <button type="button" className="button-secondary" onClick={download} {...needsApp}>
      {children}
    </button>
  );
}
