import type { Ref } from 'react';

interface HeaderToggleProps {
  ref: Ref<HTMLButtonElement>;
  icon: 'menu' | 'search';
  label: string;
  /** Shows the icon alone, keeping the label for assistive technology. */
  labelHidden?: boolean;
  controls: string;
  expanded: boolean;
  onToggle: () => void;
}

const paths = {
  menu: 'M4 7h16M4 12h16M4 17h16',
  search: 'M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13Zm4.6-1.9L20 20',
};

/** A header button that opens or closes one panel (the menu, the search) on phones. */
export function HeaderToggle({
  ref,
  icon,
  label,
  labelHidden = false,
  controls,
  expanded,
  onToggle,
}: HeaderToggleProps) {
  return (
    <button
      ref={ref}
      type="button"
      className="header-toggle"
      aria-expanded={expanded}
      aria-controls={controls}
      onClick={onToggle}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <path d={paths[icon]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <span className={labelHidden ? 'visually-hidden' : undefined}>{label}</span>
    </button>
  );
}
