import { source } from '../data/event';
import { useMessages } from '../i18n/catalogue';
import { Quoted } from './Quoted';

/**
 * The release a page's facts come from, for a page's side column. The footer carries the licence.
 * Its title is quoted as published, with our translation on Korean pages.
 */
export function SourceLink() {
  const t = useMessages('agenda');
  const { taglineTranslation } = useMessages('shell');
  return (
    <p className="source-link">
      {t.sourceFrom(source.kind)}{' '}
      <a href={source.url} rel="noopener noreferrer">
        <Quoted text={`“${source.title}”`} gloss={taglineTranslation} />
      </a>
    </p>
  );
}
