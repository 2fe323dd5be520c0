/**
 * `make`, called once for each list of arguments and its result kept: for Intl
 * objects, which cost milliseconds each to make on a phone, and of which a page
 * needs only some.
 */
export function memoize<Args extends readonly string[], Made>(make: (...args: Args) => Made): (...args: Args) => Made {
  const made = new Map<string, Made>();
  return (...args) => {
    const key = JSON.stringify(args);
    let value = made.get(key);
    if (value === undefined) {
      value = make(...args);
      made.set(key, value);
    }
    return value;
  };
}
