import { source } from '../data/event';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          Source: {source.publisher}, {source.kind.toLowerCase()} “{source.title}”.
        </p>
        <p>
          {source.publisher}, {source.licence}. {source.licenceTerms}
        </p>
      </div>
    </footer>
  );
}
