import { useHydrated } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { Contact } from '../data/types';
import { downloadText } from '../lib/downloadText';

interface DownloadContactsButtonProps {
  contacts: readonly Contact[];
  /** What chose the contacts (agency ids, the search), for the file's name. */
  filter?: readonly string[];
  /** The visible label; add visually hidden context so the name says what downloads. */
  children: ReactNode;
}

/** Downloads the contacts as vCards (.vcf) that address books import. */
export function DownloadContactsButton({ contacts, filter, children }: DownloadContactsButtonProps) {
  // The file is built by the app: until it has hydrated, the button is off.
  const hydrated = useHydrated();
  async function download() {
    // The builder loads only when someone downloads: it is no part of any page.
    const { VCARD_TYPE, toVCards, vCardFilename } = await import('../lib/vcard');
    downloadText(vCardFilename(contacts, filter), toVCards(contacts), VCARD_TYPE);
  }
  return (
    <button type="button" className="button-secondary" onClick={download} disabled={!hydrated}>
      {children}
    </button>
  );
}
