import { source } from '../data/event';

/** The release a page's facts come from, for a page's side column. The footer carries the licence. */
export function SourceLink() {
  return (
    <p className="source-link">
      From the {source.kind.toLowerCase()}{' '}
      <a href={source.url} rel="noopener noreferrer">
        “{source.title}”
      </a>
    </p>
  );
}
