import type { Contact } from './types';

/** A contact as written below: its id any string, so that ContactId can be read from the data. */
type ContactData = Omit<Contact, 'id'> & { id: string };

/**
 * The release's contact table, in its order. In the table the team name
 * follows the head's row, but it belongs to both of the agency's contacts.
 */
const contactData = [
  {
    id: 'jang-eunyoung',
    agency: 'msit',
    role: 'head',
    title: 'Director',
    name: 'Jang Eunyoung',
    team: 'Multilateral Cooperation Division',
    phone: '044-202-6270',
  },
  {
    id: 'park-suhyun',
    agency: 'msit',
    role: 'point-of-contact',
    title: 'Deputy Director',
    name: 'Park Suhyun',
    team: 'Multilateral Cooperation Division',
    phone: '044-202-4361',
  },
  {
    id: 'yum-changyeol',
    agency: 'nipa',
    role: 'head',
    title: 'Team Leader',
    name: 'Yum ChangYeol',
    team: 'AI Strategy Team',
    phone: '043-931-5730',
  },
  {
    id: 'lim-seulah',
    agency: 'nipa',
    role: 'point-of-contact',
    title: 'Manager',
    name: 'Lim Seulah',
    team: 'AI Strategy Team',
    phone: '043-931-5736',
  },
  {
    id: 'kim-byungkon',
    agency: 'k-data',
    role: 'head',
    title: 'Team Leader',
    name: 'Kim Byungkon',
    team: 'Data Use and Diffusion Team',
    phone: '02-3708-5430',
  },
  {
    id: 'lee-junho',
    agency: 'k-data',
    role: 'point-of-contact',
    title: 'Manager',
    name: 'Lee Junho',
    team: 'Data Use and Diffusion Team',
    phone: '02-3708-5434',
  },
  {
    id: 'song-hye-in',
    agency: 'kisa',
    role: 'head',
    title: 'Team Leader',
    name: 'Song Hye-in',
    team: 'Global Cooperation Team',
    phone: '061-820-1835',
  },
  {
    id: 'lim-minjee',
    agency: 'kisa',
    role: 'point-of-contact',
    title: 'Manager',
    name: 'Lim Minjee',
    team: 'Global Cooperation Team',
    phone: '061-820-1223',
  },
  {
    id: 'yang-hyunsoo',
    agency: 'nia',
    role: 'head',
    title: 'Team Leader',
    name: 'Yang Hyunsoo',
    team: 'Global Digital Transformation Team',
    phone: '064-909-3011',
  },
  {
    id: 'oh-daehoon',
    agency: 'nia',
    role: 'point-of-contact',
    title: 'Senior Manager',
    name: 'Oh Daehoon',
    team: 'Global Digital Transformation Team',
    phone: '02-6191-2024',
  },
] as const satisfies readonly ContactData[];

/** The contacts' ids, 'jang-eunyoung' | …, as the data gives them. */
export type ContactId = (typeof contactData)[number]['id'];

export const contacts: readonly Contact[] = contactData;
