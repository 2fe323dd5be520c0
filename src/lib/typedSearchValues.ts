import * as v from 'valibot';

// Search params arrive JSON-parsed: `?q=2023` is a number, `?q=true` a
// boolean and a repeated key an array. These schemas read what a person could
// have typed; anything else (an object, null) fails them, and the routes fall
// back to their defaults instead of failing.

/** A value a person could have typed, as text. */
export const typedText = v.pipe(v.union([v.string(), v.number(), v.boolean()]), v.transform(String));

/** One typed value or a list of them (a repeated key), as texts; fails if any one is not typed. */
export const typedTexts = v.pipe(
  v.union([typedText, v.array(typedText)]),
  v.transform((texts) => (Array.isArray(texts) ? texts : [texts])),
);
