import { Fill } from '../../components/Fill';
import { localOrganisationName } from '../../components/localOrganisationName';
import { days } from '../../data/agenda';
import { contacts } from '../../data/contacts';
import { event, source } from '../../data/event';
import { mou } from '../../data/mou';
import { agencies } from '../../data/organisations';
import { useLocale, useMessages } from '../../i18n/catalogue';
import { localizedPath } from '../../i18n/locales';
import { OPEN_DATA_DIR, OPEN_DATA_FILES } from './openDataFiles';

const downloads = [
  { key: 'json', format: 'JSON' },
  { key: 'schema', format: 'JSON Schema' },
  { key: 'contacts', format: 'CSV' },
  { key: 'agenda', format: 'CSV' },
] as const;

const stableIds = [
  ['day', '/agenda/2023-03-22'],
  ['item', '/agenda/2023-03-22#enhancing-cyber-security-and-resilience'],
  ['person', '/people/hur-sung-wook'],
  ['agency', '/agencies/kisa'],
  ['contact', '/contacts#song-hye-in'],
] as const;

/** The dataset behind the site, as files to reuse, with its licence and how to credit it. */
export function DataPage() {
  const t = useMessages('data');
  const locale = useLocale();
  // The publisher is one of the agencies: its name in the page's language.
  const publisherAgency = agencies.find((agency) => agency.name === source.publisher);
  const publisher = publisherAgency ? localOrganisationName(publisherAgency.id, locale) : source.publisher;
  const items = days.flatMap((day) => day.items);
  const people = new Set(items.flatMap((item) => item.speakers.map((speaker) => speaker.name)));
  return (
    <div className="page">
      <p className="eyebrow" lang="en">
        {event.name}
      </p>
      <h1 tabIndex={-1}>{t.pageTitle}</h1>
      <p className="lede">{t.lede}</p>

      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">{t.downloads}</h2>
        <p className="reading">{t.csvFormat}</p>
        <ul className="card-grid">
          {downloads.map(({ key, format }) => {
            const file = OPEN_DATA_FILES[key];
            return (
              <li key={file} className="card">
                <h3 className="card__title">
                  <a href={`${import.meta.env.BASE_URL}${OPEN_DATA_DIR}/${file}`} download={file}>
                    {t.files[key].label} ({format})
                  </a>
                </h3>
                <p>
                  <code>{file}</code>
                </p>
                <p>{t.files[key].holds}</p>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="holds-heading">
        <h2 id="holds-heading">{t.holdsHeading}</h2>
        <p className="reading">
          {t.holds({
            days: days.length,
            items: items.length,
            people: people.size,
            agencies: agencies.length,
            contacts: contacts.length,
            areas: mou.areas.length,
          })}
        </p>
        <p className="reading">{t.noFrab}</p>
      </section>

      <section aria-labelledby="licence-heading">
        <h2 id="licence-heading">{t.licenceHeading}</h2>
        <p className="reading">{t.licence(publisher, source.licence)}</p>
        <blockquote className="reading open-data__credit">
          <p>
            <Fill
              message={t.credit(publisher, source.kind.toLowerCase())}
              slots={{ title: <span lang="en">{source.title}</span> }}
            />
          </p>
        </blockquote>
        <p className="reading">
          {t.linkToRelease.before}
          <a href={source.url} rel="noopener noreferrer" hrefLang="en">
            {t.linkToRelease.link}
          </a>
          {t.linkToRelease.after}
        </p>
      </section>

      <section aria-labelledby="ids-heading">
        <h2 id="ids-heading">{t.idsHeading}</h2>
        <p className="reading">{t.ids}</p>
        <dl className="definition-list">
          {stableIds.map(([kind, path]) => {
            const [name, id] = t.idKinds[kind];
            return (
              <div key={kind}>
                <dt>{name}</dt>
                <dd>
                  {id}: <code className="open-data__path">{localizedPath(path, locale)}</code>
                </dd>
              </div>
            );
          })}
        </dl>
      </section>
    </div>
  );
}
