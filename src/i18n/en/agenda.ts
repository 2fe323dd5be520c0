import { itemSummaries } from '../../data/itemSummaries';
import { kindLabel } from '../../lib/kindLabel';

// Placeholder from the search branch (helper C), in the shape of helper A's
// agenda catalogue, which replaces it on merge: search shows these.

/** Text kept per item: in English the data's own, so a page falls back to the data. */
export type ByKey = Readonly<Partial<Record<string, string>>>;
const none: ByKey = {};
const summaries: ByKey = itemSummaries;

const agenda = {
  /** Our one-sentence summary of each item, by slug: in English the data's (src/data/itemSummaries.ts). */
  summaries,
  /** Each item's topic, by slug: the heading of an item without a quoted title. */
  topics: none,
  /** Our translation of each quoted talk title, by slug. */
  titleGlosses: none,
  /** Our translation of each job title, by the title as published. */
  jobTitleGlosses: none,
  kinds: kindLabel,
};

export default agenda;
