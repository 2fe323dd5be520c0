// The open dataset's files, built from the data module: the event as JSON,
// its JSON Schema (from the valibot schema the data is checked with), and the
// contacts and the agenda as CSV. scripts/openData.ts publishes them.
import { toJsonSchema } from '@valibot/to-json-schema';
import { dataProblems } from '../src/data/dataProblems';
import { eventDataset } from '../src/data/eventDataset';
import { eventSchema } from '../src/data/eventSchema';
import { getAgency, getOrganisation } from '../src/data/organisations';
import { OPEN_DATA_FILES } from '../src/features/data/openDataFiles';
import { toInternational, toTelUri } from '../src/lib/phone';
import { csvFile } from './csv';

const { days, contacts, itemSummaries } = eventDataset;

export function datasetJson(): string {
  return `${JSON.stringify(eventDataset, null, 2)}\n`;
}

export function datasetJsonSchema(): string {
  // `check` and `url` are rules a JSON Schema cannot state (a real calendar date, a parsable address).
  const { $schema, ...schema } = toJsonSchema(eventSchema, {
    target: 'draft-2020-12',
    ignoreActions: ['check', 'url'],
  });
  return `${JSON.stringify({ $schema, ...schema }, null, 2)}\n`;
}

export function contactsCsv(): string {
  const header = ['id', 'agency', 'agency_name', 'agency_name_ko', 'agency_group', 'role', 'name', 'title', 'team'];
  return csvFile(
    [...header, 'phone', 'phone_international', 'tel_uri'],
    contacts.map((contact) => {
      const agency = getAgency(contact.agency);
      return [
        contact.id,
        agency.id,
        agency.name,
        agency.nameKo,
        agency.group,
        contact.role,
        contact.name,
        contact.title,
        contact.team,
        contact.phone,
        toInternational(contact.phone),
        toTelUri(contact.phone),
      ];
    }),
  );
}

export function agendaCsv(): string {
  const speakerLine = (speaker: (typeof days)[number]['items'][number]['speakers'][number]) =>
    `${speaker.name} (${speaker.title}, ${getOrganisation(speaker.organisation).name})`;
  return csvFile(
    ['day', 'day_label', 'position', 'slug', 'kind', 'title', 'topic', 'speakers', 'organisations', 'summary'],
    days.flatMap((day) =>
      day.items.map((item, index) => [
        day.id,
        day.label,
        String(index + 1),
        item.slug,
        item.kind,
        item.title ?? '',
        item.topic,
        item.speakers.map(speakerLine).join('; '),
        item.organisations.map((id) => getOrganisation(id).shortName).join('; '),
        itemSummaries[item.slug] ?? '',
      ]),
    ),
  );
}

/** Every file, by its name under /data/; throws if the data fails its check, so no build publishes it. */
export function openDataFiles(): Record<string, string> {
  const problems = dataProblems(eventDataset);
  if (problems.length > 0) throw new Error(`The event data has problems:\n  ${problems.join('\n  ')}`);
  return {
    [OPEN_DATA_FILES.json]: datasetJson(),
    [OPEN_DATA_FILES.schema]: datasetJsonSchema(),
    [OPEN_DATA_FILES.contacts]: contactsCsv(),
    [OPEN_DATA_FILES.agenda]: agendaCsv(),
  };
}
