import { useMessages } from '../i18n/catalogue';

export function Quoted({ text, gloss }: { text: string; gloss?: string }) {
  const t = useMessages('shell');
  return (
    <>
      <span lang="en">{text}</span>
      {gloss && (
        <span className="gloss">
          {' '}
          ({t.ourTranslation}: {gloss})
        </span>
      )}
    </>
  );
}
