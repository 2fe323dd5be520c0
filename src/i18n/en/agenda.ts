import { itemSummaries } from '../../data/itemSummaries';

const agenda = {
  /**
   * Our summary of each item, by slug. Placeholder from the search branch
   * (helper C), so that search compiles: helper A's agenda catalogue replaces it.
   */
  summaries: itemSummaries as Record<string, string>,
};

export default agenda;
