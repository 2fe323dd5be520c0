import { expect, test } from 'vitest';
import { getAgency, getOrganisation, isAgencyId, nameInSentence, organisationList } from './organisations';

test('an agency id is one of the five, exactly as written', () => {
  for (const id of ['msit', 'nipa', 'k-data', 'kisa', 'nia']) expect(isAgencyId(id), id).toBe(true);
  for (const id of ['world-bank', 'KISA', 'kisa ', 'kis', 'kisax', '', 'toString', '__proto__']) {
    expect(isAgencyId(id), id).toBe(false);
  }
});

test('an agency is found by its id, and an unknown id is an error', () => {
  expect(getAgency('kisa').shortName).toBe('KISA');
  expect(getAgency('k-data').name).toBe('Korea Data Agency');
  // A wrong id can only come from a bug (ids are checked first), so it fails loudly.
  expect(() => getAgency('nope' as never)).toThrow('Unknown agency: nope');
});

test('an organisation is an agency or the World Bank', () => {
  expect(getOrganisation('world-bank').name).toBe('World Bank');
  expect(getOrganisation('nia').name).toBe('National Information Society Agency');
});

test('names read mid-sentence with their article, and a list of them starts with a capital', () => {
  expect(nameInSentence('world-bank')).toBe('the World Bank');
  expect(nameInSentence('msit')).toBe('Ministry of Science and ICT');
  expect(organisationList(['msit', 'world-bank'])).toBe('Ministry of Science and ICT and the World Bank');
  expect(organisationList(['world-bank'])).toBe('The World Bank');
  expect(organisationList(['world-bank', 'kisa'])).toBe('The World Bank and Korea Internet and Security Agency');
});
