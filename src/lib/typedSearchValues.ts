// Search params arrive JSON-parsed: `?q=2023` is a number, `?q=true` a
// boolean and a repeated key an array. These read what a person could have
// typed; anything else (an object, null) reads as nothing, so the page falls
// back to its default instead of failing.

/** A value a person could have typed, as text; undefined for anything else. */
export function typedText(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
}

/** One typed value or a list of them (a repeated key), as texts; undefined if any one is not typed. */
export function typedTexts(value: unknown): string[] | undefined {
  const texts = (Array.isArray(value) ? value : [value]).map(typedText);
  return texts.every((text) => text !== undefined) ? texts : undefined;
}
