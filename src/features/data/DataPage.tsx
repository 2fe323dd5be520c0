import { days } from '../../data/agenda';
import { contacts } from '../../data/contacts';
import { event, source } from '../../data/event';
import { mou } from '../../data/mou';
import { agencies } from '../../data/organisations';
import { formatCount } from '../../lib/formatCount';
import { OPEN_DATA_DIR, OPEN_DATA_FILES } from './openDataFiles';

const downloads = [
  {
    file: OPEN_DATA_FILES.json,
    label: 'The whole event',
    format: 'JSON',
    holds: 'Days and their items, people, agencies, contacts, the MoU and its terms, the context and the source.',
  },
  {
    file: OPEN_DATA_FILES.schema,
    label: 'Its schema',
    format: 'JSON Schema',
    holds: 'Every field of the JSON file, its type and the pattern it follows, in JSON Schema draft 2020-12.',
  },
  {
    file: OPEN_DATA_FILES.contacts,
    label: 'Contacts',
    format: 'CSV',
    holds:
      'One row per contact, with the agency’s English and Korean names and the phone number as published, in international form and as a tel: link.',
  },
  {
    file: OPEN_DATA_FILES.agenda,
    label: 'Agenda',
    format: 'CSV',
    holds: 'One row per item, in the release’s order within each day, with its speakers and a summary.',
  },
];

const stableIds = [
  ['Day', 'its date, e.g. 2023-03-22', '/agenda/2023-03-22'],
  ['Agenda item', 'its slug, unique across the days', '/agenda/2023-03-22#enhancing-cyber-security-and-resilience'],
  ['Person', 'the slug of their name', '/people/hur-sung-wook'],
  ['Agency', 'its short name in lower case', '/agencies/kisa'],
  ['Contact', 'the slug of their name', '/contacts#song-hye-in'],
];

/** The dataset behind the site, as files to reuse, with its licence and how to credit it. */
export function DataPage() {
  const credit = `Source: ${source.publisher}, ${source.kind.toLowerCase()} “${source.title}”, KOGL Type 1`;
  const items = days.flatMap((day) => day.items);
  const people = new Set(items.flatMap((item) => item.speakers.map((speaker) => speaker.name)));
  return (
    <div className="page">
      <p className="eyebrow">{event.name}</p>
      <h1 tabIndex={-1}>Open data</h1>
      <p className="lede">
        Everything this site shows, as files to reuse: the whole event as JSON with a JSON Schema beside it, and the
        contacts and the agenda as CSV. They are built from the same data as these pages, whenever the site is built.
      </p>

      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">Downloads</h2>
        <p className="reading">
          The CSV files follow RFC 4180: a header row, commas between fields, quotes around fields that need them, and a
          line break of CR LF after every row. They are UTF-8 with a byte-order mark, so that Excel shows the Korean
          agency names correctly.
        </p>
        <ul className="card-grid">
          {downloads.map(({ file, label, format, holds }) => (
            <li key={file} className="card">
              <h3 className="card__title">
                <a href={`${import.meta.env.BASE_URL}${OPEN_DATA_DIR}/${file}`} download={file}>
                  {label} ({format})
                </a>
              </h3>
              <p>
                <code>{file}</code>
              </p>
              <p>{holds}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="holds-heading">
        <h2 id="holds-heading">What it holds</h2>
        <p className="reading">
          {formatCount(days.length, 'day')} with {formatCount(items.length, 'agenda item')},{' '}
          {formatCount(people.size, 'person', 'people')} who spoke or led a session,{' '}
          {formatCount(agencies.length, 'agency', 'agencies')}, {formatCount(contacts.length, 'contact')}, and the MoU
          with its {formatCount(mou.areas.length, 'area')} of cooperation. Every fact comes from the press release; the
          Korean names of the agencies are their official names, which the release does not give.
        </p>
        <p className="reading">
          The release gives no session times, durations, rooms, venue or e-mail addresses, and the data has none. That
          is also why there is no schedule in the frab format that conference apps read: it needs a start time, a
          duration and a room for every session, and inventing them would mislead.
        </p>
      </section>

      <section aria-labelledby="licence-heading">
        <h2 id="licence-heading">Licence and credit</h2>
        <p className="reading">
          The release is published by the {source.publisher} under the {source.licence}: you may copy, adapt and share
          it, also commercially, as long as you indicate the source. Credit it like this:
        </p>
        <blockquote className="reading open-data__credit">
          <p>{credit}</p>
        </blockquote>
        <p className="reading">
          and link to{' '}
          <a href={source.url} rel="noopener noreferrer">
            the release on the ministry’s English site
          </a>
          .
        </p>
      </section>

      <section aria-labelledby="ids-heading">
        <h2 id="ids-heading">Stable ids</h2>
        <p className="reading">
          Every day, item, person, agency and contact has an id, and it is the one this site’s addresses use. Ids are
          never reused for something else, so a link built from them keeps working.
        </p>
        <dl className="definition-list">
          {stableIds.map(([kind, id, path]) => (
            <div key={kind}>
              <dt>{kind}</dt>
              <dd>
                {id}: <code className="open-data__path">{path}</code>
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
