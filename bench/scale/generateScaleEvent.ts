import { days as realDays } from '../../src/data/agenda.ts';
import { contacts as realContacts } from '../../src/data/contacts.ts';
import { itemSummaries as realSummaries } from '../../src/data/itemSummaries.ts';
import { agencies as realAgencies } from '../../src/data/organisations.ts';
import type { Agency, AgendaItem, Contact, ContactRole, EventDay, ItemKind, Speaker } from '../../src/data/types';

/*
 * A synthetic event at 100× the real one, built from the real data and the
 * same types: the real agencies, contacts and agenda items are kept, so every
 * reference in the real data (the MoU's signing item, the hosts) still
 * resolves, and made-up ones are added around them. The app's types name the
 * real ids as literal unions; the made-up ids are plain strings, so the
 * records here widen just those fields.
 */
export type ScaleAgency = Omit<Agency, 'id'> & { id: string };
export type ScaleContact = Omit<Contact, 'id' | 'agency'> & { id: string; agency: string };
export type ScaleSpeaker = Omit<Speaker, 'organisation'> & { organisation: string };
export type ScaleAgendaItem = Omit<AgendaItem, 'speakers' | 'organisations'> & {
  speakers: readonly ScaleSpeaker[];
  organisations: readonly string[];
};
export type ScaleDay = Omit<EventDay, 'items'> & { items: readonly ScaleAgendaItem[] };

export interface ScaleEvent {
  agencies: ScaleAgency[];
  contacts: ScaleContact[];
  days: ScaleDay[];
  /** Each item's summary by slug, as src/data/itemSummaries.ts has them. */
  summaries: Record<string, string>;
}

export interface ScaleSizes {
  agencies: number;
  contacts: number;
  agendaItems: number;
}

/** What `npm run bench:scale` builds: 300 agenda items over 3 days, 5,000 contacts across 50 agencies. */
export const SCALE_SIZES: ScaleSizes = { agencies: 50, contacts: 5000, agendaItems: 300 };

const surnames = [
  ...['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh'],
  ...['Seo', 'Shin', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Yoo', 'Hong', 'Jeon', 'Ko', 'Moon', 'Yang'],
];
const syllables = [
  ...['min', 'jun', 'seo', 'yeon', 'ji', 'hoon', 'woo', 'hye', 'in', 'su', 'hyun', 'dae', 'eun'],
  ...['young', 'chang', 'sung', 'jae', 'hee', 'kyung', 'tae', 'na', 'ra', 'bin', 'ho', 'won'],
];
const titles = ['Director', 'Deputy Director', 'Team Leader', 'Manager', 'Senior Manager', 'Researcher'];
const subjects = [
  ...['Data', 'AI', 'Cloud', 'Cyber Security', 'Broadband', 'Digital Government', 'Software'],
  ...['Semiconductor', 'Metaverse', 'Digital Inclusion', 'Radio', 'Broadcasting', 'ICT Standards'],
];
const functions = ['Policy', 'Cooperation', 'Strategy', 'Promotion', 'Research', 'Industry', 'Infrastructure'];
const regions = ['Seoul', 'Busan', 'Daegu', 'Incheon', 'Gwangju', 'Daejeon', 'Ulsan', 'Sejong', 'Jeju'];
const regionsKo = ['서울', '부산', '대구', '인천', '광주', '대전', '울산', '세종', '제주'];
const subjectsKo = ['데이터', '인공지능', '클라우드', '정보보호', '정보통신', '디지털', '소프트웨어'];
const areaCodes = ['02', '031', '032', '033', '041', '042', '043', '044', '051', '052', '053', '054', '055', '061'];
const kinds: ItemKind[] = ['presentation', 'keynote', 'remarks', 'presentation', 'ceremony'];

/** The same event every time: a small seeded generator (mulberry32), not Math.random. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateScaleEvent(sizes: ScaleSizes = SCALE_SIZES, seed = 2023): ScaleEvent {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const digits = (count: number) => Array.from({ length: count }, () => Math.floor(random() * 10)).join('');
  const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  const personName = () =>
    `${pick(surnames)} ${capitalise(pick(syllables))}${random() < 0.3 ? '-' : ''}${pick(syllables)}`;

  const agencies: ScaleAgency[] = [...realAgencies];
  for (let index = agencies.length + 1; agencies.length < sizes.agencies; index += 1) {
    const region = Math.floor(random() * regions.length);
    const subject = pick(subjects);
    const number = String(index).padStart(2, '0');
    agencies.push({
      id: `agency-${number}`,
      shortName: `${regions[region]?.charAt(0)}${subject.charAt(0)}A-${number}`,
      name: `${regions[region]} ${subject} Agency ${number}`,
      nameKo: `${regionsKo[region]}${pick(subjectsKo)}진흥원 ${number}`,
      group: index % 10 === 0 ? 'Government' : 'Affiliated Organization',
    });
  }

  const contacts: ScaleContact[] = [...realContacts];
  for (let index = contacts.length + 1; contacts.length < sizes.contacts; index += 1) {
    const agency = agencies[index % agencies.length] as ScaleAgency;
    const role: ContactRole = index % 5 === 0 ? 'head' : 'point-of-contact';
    const team = `${pick(subjects)} ${pick(functions)} ${random() < 0.7 ? 'Team' : 'Division'}`;
    contacts.push({
      id: `contact-${String(index).padStart(4, '0')}`,
      agency: agency.id,
      role,
      title: role === 'head' ? pick(titles.slice(0, 3)) : pick(titles.slice(3)),
      name: personName(),
      team,
      phone: `${pick(areaCodes)}-${digits(random() < 0.5 ? 3 : 4)}-${digits(4)}`,
    });
  }

  const realItems = realDays.reduce((count, day) => count + day.items.length, 0);
  let added = 0;
  const summaries: Record<string, string> = { ...realSummaries };
  const days: ScaleDay[] = realDays.map((day, dayIndex) => {
    const share = Math.ceil((sizes.agendaItems - realItems) / realDays.length);
    const items: ScaleAgendaItem[] = [...day.items];
    const target = day.items.length + Math.min(share, sizes.agendaItems - realItems - added);
    while (items.length < target) {
      added += 1;
      const agency = agencies[added % agencies.length] as ScaleAgency;
      const subject = pick(subjects);
      const kind = pick(kinds);
      const withSpeaker = kind !== 'ceremony';
      const slug = `session-${dayIndex + 1}-${String(items.length + 1).padStart(3, '0')}`;
      items.push({
        slug,
        kind,
        ...(random() < 0.6 && { title: `${subject} ${pick(functions)} for a New Digital Order` }),
        topic: `${capitalise(kind)} on ${subject.toLowerCase()} ${pick(functions).toLowerCase()}`,
        speakers: withSpeaker ? [{ name: personName(), title: pick(titles), organisation: agency.id }] : [],
        organisations: [agency.id],
      });
      summaries[slug] =
        `${agency.name} shared its ${subject.toLowerCase()} ${pick(functions).toLowerCase()} programme and measures for cooperation with the World Bank in ${pick(regions)}.`;
    }
    return { ...day, items };
  });

  return { agencies, contacts, days, summaries };
}
