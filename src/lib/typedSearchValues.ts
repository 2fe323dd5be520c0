import * as v from 'valibot';

// Search params arrive JSON-parsed: `?q=2023` is a number, `?q=true` a
// boolean and a repeated key an array. These schemas read what a person could
// have typed; anything else (an object, null) fails them, and the routes fall
// back to their defaults instead of failing.

const typedValue = v.pipe(v.union([v.string(), v.number(), v.boolean()]), v.transform(String));

/** One typed value or a list of them (a repeated key), as texts; fails if any one is not typed. */
export const typedTexts = v.pipe(
  v.union([typedValue, v.array(typedValue)]),
  v.transform((texts) => (Array.isArray(texts) ? texts : [texts])),
);

/**
 * A value a person could have typed, as text. A repeated key is read the way
 * `agency` reads one, by putting its values together: `?q=kisa&q=nia` is the
 * search "kisa nia". Nothing in the link is lost, the field shows every word
 * so the reader can keep the one they meant, and a search for several words
 * offers each one on its own when together they find nothing.
 */
export const typedText = v.pipe(
  typedTexts,
  v.transform((texts) => texts.join(' ')),
);
