import { plural } from '../plural';
import type { ByKey } from './agenda';

const none: ByKey = {};
const sameAsData: readonly string[] = [];

// The MoU's page and its status. Its terms are the data's in English
// (src/data/mou.ts, src/data/mouTerms.ts); the Korean catalogue translates
// them, keyed by the data's values.
const mou = {
  pageTitle: 'The MoU',
  /** The MoU's title, its areas and where it was signed, by the data's English. */
  titles: none,
  areas: none,
  places: none,
  /** The scope, the activities and the purpose, in the data's order: none in English, which shows the data's. */
  scope: '',
  activities: sameAsData,
  purpose: sameAsData,
  atAGlance: 'The agreement at a glance',
  parties: 'Parties',
  statusToday: 'Status today',
  type: 'Type',
  typeValue: (binding: boolean) => `${binding ? 'Binding' : 'Non-binding'} understanding between the two sides`,
  signed: 'Signed',
  signedAt: (place: string) => `, at ${place}`,
  term: 'Term',
  termValue: (years: number) =>
    `${years} ${plural(years, 'en', { one: 'year', other: 'years' })} from the date of signing`,
  theSigning: (day: string) => `The signing, ${day}`,
  about: (agency: string) => `About ${agency}`,
  /** What Copy link copies a link to. */
  theMou: 'the MoU',
  areasHeading: 'Areas of cooperation',
  areasIntro: (scope: string) => `${scope} The areas it names, each a search of this site:`,
  activitiesHeading: 'Activities',
  purposeHeading: 'Purpose',
  /** The status: around the date until which it is in effect. */
  inEffect: { before: 'In effect until ', after: '' },
  /** Around the date its term ran to. */
  termEnded: { before: (years: number) => `${years}-year term ran to `, after: '' },
  noRenewal: 'The release says nothing of renewal.',
  /** A link preview's description of the MoU page. */
  description: (parties: string, date: string, binding: boolean, years: number, areas: readonly string[]) =>
    `Signed by ${parties} on ${date}: a ${binding ? 'binding' : 'non-binding'} understanding for ${years} ${plural(years, 'en', { one: 'year', other: 'years' })}, in ${
      areas.length === 1
        ? `one area of cooperation, ${areas[0]?.toLowerCase()}`
        : `${areas.length} areas of cooperation from ${areas[0]?.toLowerCase()} to ${areas.at(-1)?.toLowerCase()}`
    }.`,
};

export default mou;
