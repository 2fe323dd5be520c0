import { getOrganisation, nameInSentence } from '../data/organisations';
import type { OrganisationId } from '../data/types';
import type { Locale } from '../i18n/locales';

/**
 * An organisation's name in the page's language: the English name (with "the"
 * in a sentence: "the World Bank"), or the Korean name where the data has one.
 */
export function localOrganisationName(id: OrganisationId, locale: Locale, inSentence = false): string {
  const organisation = getOrganisation(id);
  if (locale !== 'en') return organisation.nameKo ?? organisation.name;
  return inSentence ? nameInSentence(id) : organisation.name;
}
