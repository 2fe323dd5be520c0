// Ids are literal unions so that a reference to a day, agency or contact that
// does not exist is a type error, not a runtime surprise.
import type { DayId } from './agenda';

// DayId is read from the programme itself (agenda.ts).
export type { DayId };
export type { AgencyId } from './organisations';
import type { AgencyId } from './organisations';
export type OrganisationId = AgencyId | 'world-bank';
export type AgencyGroup = 'Government' | 'Affiliated Organization';
export type ItemKind = 'remarks' | 'signing' | 'presentation' | 'keynote' | 'ceremony';
export type ContactRole = 'head' | 'point-of-contact';
export type { ContactId } from './contacts';
import type { ContactId } from './contacts';

export type MouArea =
  | 'Artificial intelligence'
  | 'Data'
  | 'Telecommunications'
  | 'Broadcasting'
  | 'Radio'
  | 'Broadband network'
  | 'ICT industry'
  | 'Software'
  | 'Cyber security';

/** An ISO calendar date, YYYY-MM-DD. */
export type IsoDate = `${number}-${number}-${number}`;

export interface Organisation {
  id: OrganisationId;
  shortName: string;
  name: string;
  /** Set where running text needs an article: "the World Bank". */
  article?: 'the';
  /** Official Korean name; not in the release (see BRIEF.md). */
  nameKo?: string;
}

export interface Agency extends Organisation {
  id: AgencyId;
  nameKo: string;
  group: AgencyGroup;
}

export interface Speaker {
  name: string;
  title: string;
  organisation: OrganisationId;
}

export interface AgendaItem {
  slug: string;
  kind: ItemKind;
  /** The theme in quotation marks, only where the release gives one. */
  title?: string;
  /** A plain description used as the heading when there is no title. */
  topic: string;
  speakers: readonly Speaker[];
  /** Organisations taking part, for items with no named speaker. */
  organisations: readonly OrganisationId[];
}

export interface EventDay {
  id: DayId;
  label: string;
  /**
   * The release reports day 1 in the past tense and describes days 2 and 3 in
   * the future tense ("will give a presentation"): it announced them ahead.
   */
  announcedInAdvance: boolean;
  items: readonly AgendaItem[];
}

export interface ContextEntry {
  id: string;
  name: string;
  description: string;
}

export interface Mou {
  title: string;
  parties: readonly OrganisationId[];
  binding: boolean;
  signed: IsoDate;
  signedAt: string;
  /** Slug of the agenda item at which it was signed. */
  signingItem: { day: DayId; slug: string };
  termYears: number;
  areas: readonly MouArea[];
}

/** What the two sides mean to do under the MoU, and why: the MoU page's longer text. */
export interface MouTerms {
  /** The release's own words for the kind of agreement it is. */
  type: string;
  scope: string;
  activities: readonly string[];
  purpose: readonly string[];
}

export interface Contact {
  id: ContactId;
  agency: AgencyId;
  role: ContactRole;
  title: string;
  name: string;
  team: string;
  /** As published, in Korean domestic form, e.g. 044-202-6270. */
  phone: string;
}

export interface Quote {
  speaker: Speaker;
  text: string;
}

export interface SourceCredit {
  title: string;
  /** The release on MSIT's English site. */
  url: string;
  publisher: string;
  kind: string;
  licence: string;
}

export interface EventInfo {
  name: string;
  tagline: string;
  start: IsoDate;
  end: IsoDate;
  hosts: readonly OrganisationId[];
}

/** What the release says the event was for and who came: the overview's prose. */
export interface EventStory {
  summary: string;
  purpose: string;
  significance: string;
  audience: string;
  bestPracticeSectors: readonly string[];
}

/** Where in the release a relation between an agency and an MoU area comes from. */
export type RelationEvidence = { kind: 'agenda-item'; day: DayId; slug: string } | { kind: 'mou-purpose' };

export interface AgencyAreaRelation {
  agency: AgencyId;
  area: MouArea;
  /** How the relation was derived from the release, in a sentence a reader can check. */
  basis: string;
  evidence: RelationEvidence;
}
