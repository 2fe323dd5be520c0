import { memo } from 'react';
import type { Agency, AgencyId } from '../../data/types';
import { useNeedsApp } from '../../components/needsApp';
import { useLocale, useMessages } from '../../i18n/catalogue';

interface AgencyFilterProps {
  agencies: readonly Agency[];
  selected: readonly AgencyId[];
  onToggle: (agency: AgencyId) => void;
}

/** Memoised: typing in the search field leaves the agencies as they are, and there may be many. */
export const AgencyFilter = memo(function AgencyFilter({ agencies, selected, onToggle }: AgencyFilterProps) {
  const t = useMessages('contacts');
  const locale = useLocale();
  const needsApp = useNeedsApp();
  return (
    <fieldset className="agency-filter" {...needsApp}>
      <legend>{t.agencyLegend}</legend>
      {agencies.map((agency) => (
        <div key={agency.id} className="checkbox">
          <input
            type="checkbox"
            id={`agency-${agency.id}`}
            checked={selected.includes(agency.id)}
            onChange={() => onToggle(agency.id)}
          />
          <label htmlFor={`agency-${agency.id}`}>
            <span className="checkbox__short">{agency.shortName}</span>{' '}
            <span className="checkbox__long">{locale === 'ko' ? agency.nameKo : agency.name}</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
});
