import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { useMessages } from '../i18n/catalogue';
import { useNeedsApp } from './needsApp';

interface CopyLinkProps {
  /** The absolute, canonical URL to copy. */
  url: string;
  /** What the link leads to, as it reads after "Copy link to": "Day 2", "the MoU". */
  label: string;
}

type Outcome = 'idle' | 'copied' | 'select';

const MESSAGE_MS = 6000;

/**
 * "Copy link" for a view or part of one. Copies with the Clipboard API; where
 * that is missing or refused, it shows the URL selected for copying by hand.
 * Offers Share where the device has it, which is only known after hydration.
 */
export function CopyLink({ url, label }: CopyLinkProps) {
  const t = useMessages('shell');
  const [outcome, setOutcome] = useState<Outcome>('idle');
  // Each copy renders a new message, so a second copy is announced again.
  const [copies, setCopies] = useState(0);
  const canShare = useCanShare();
  // Copying needs JavaScript: in the prerendered page the button is off.
  const needsApp = useNeedsApp();
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (outcome === 'select') {
      field.current?.focus();
      field.current?.select();
    }
    if (outcome !== 'copied') return;
    const timer = setTimeout(() => setOutcome('idle'), MESSAGE_MS);
    return () => clearTimeout(timer);
  }, [outcome, copies]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setOutcome('copied');
      setCopies((count) => count + 1);
    } catch {
      setOutcome('select');
    }
  }

  async function share() {
    try {
      await navigator.share({ title: document.title, url });
    } catch {
      // Dismissing the share sheet rejects too; there is nothing to report.
    }
  }

  return (
    <div className="copy-link">
      <div className="copy-link__actions">
        <button
          type="button"
          className="button-secondary"
          onClick={copy}
          {...needsApp}
          aria-label={t.copyLinkTo(label)}
        >
          {t.copyLink}
        </button>
        {canShare && (
          <button type="button" className="button-secondary" onClick={share} aria-label={t.shareLinkTo(label)}>
            {t.share}
          </button>
        )}
        <span className={`copy-link__status copy-link__status--${outcome}`} aria-live="polite">
          {outcome === 'copied' && (
            <span key={copies}>
              <span aria-hidden="true">{t.linkCopied}</span>
              <span className="visually-hidden">{t.linkToCopied(label)}</span>
            </span>
          )}
          {outcome === 'select' && t.copyBlocked(label)}
        </span>
      </div>
      {outcome === 'select' && (
        <div className="copy-link__manual">
          <label htmlFor={fieldId}>{t.linkTo(label)}</label>
          <input
            ref={field}
            id={fieldId}
            type="url"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      )}
    </div>
  );
}

const noSubscription = () => () => {};

/** False while hydrating, so the server's HTML and the first client render agree. */
function useCanShare(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => typeof navigator.share === 'function',
    () => false,
  );
}
