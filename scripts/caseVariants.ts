/**
 * The letter-case slips of a lower-case path that are worth a file on a static
 * host, which matches paths case by case: each segment in lower case, in
 * capitals, capitalised, and capitalised word by word (`K-Data`). Other mixes
 * (`/aGeNdA`) are left to the app, which needs JavaScript.
 */
export function caseVariants(path: string): string[] {
  const segments = path.split('/').filter(Boolean).map(spellings);
  const paths = segments.reduce<string[]>(
    (heads, options) => heads.flatMap((head) => options.map((option) => `${head}/${option}`)),
    [''],
  );
  return paths.filter((variant) => variant !== path && variant !== '');
}

function spellings(segment: string): string[] {
  const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return [
    ...new Set([segment, segment.toUpperCase(), capitalise(segment), segment.split('-').map(capitalise).join('-')]),
  ];
}
