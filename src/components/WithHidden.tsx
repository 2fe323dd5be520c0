interface WithHiddenProps {
  visible: string;
  /** Words for screen readers only, before and after the visible ones: "Clear [filters]", "[필터] 초기화". */
  hidden: { before: string; after: string };
}

/** A control's visible label with visually hidden context on either side, in the order of the page's language. */
export function WithHidden({ visible, hidden }: WithHiddenProps) {
  return (
    <>
      {hidden.before && (
        <>
          <span className="visually-hidden">{hidden.before}</span>{' '}
        </>
      )}
      {visible}
      {hidden.after && (
        <>
          {' '}
          <span className="visually-hidden">{hidden.after}</span>
        </>
      )}
    </>
  );
}
