/** Where the build publishes the dataset (scripts/openData.ts), under the site's base path. */
export const OPEN_DATA_DIR = 'data';

export const OPEN_DATA_FILES = {
  json: 'korea-digital-days.json',
  schema: 'korea-digital-days.schema.json',
  contacts: 'contacts.csv',
  agenda: 'agenda.csv',
} as const;
