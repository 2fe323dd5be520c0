import { ESLint } from 'eslint';
import { expect, test } from 'vitest';

const RULE = 'A link off the site needs rel="noopener noreferrer".';
const eslint = new ESLint();

async function lintComponent(jsx: string): Promise<string[]> {
  const [result] = await eslint.lintText(`export const Example = () => ${jsx};\n`, {
    filePath: 'src/components/Example.tsx',
  });
  return (result?.messages ?? []).map((message) => message.message);
}

test('lint refuses a link off the site without rel="noopener noreferrer"', async () => {
  expect(await lintComponent('<a href="https://www.msit.go.kr/">MSIT</a>')).toEqual([RULE]);
  expect(await lintComponent('<a href="//example.com/" rel="noopener">x</a>')).toEqual([RULE]);
  expect(await lintComponent('<a href="/mou" target="_blank">x</a>')).toEqual([RULE]);
}, 30_000);

test('lint accepts links off the site that carry it, and links within the site', async () => {
  expect(await lintComponent('<a href="https://www.msit.go.kr/" rel="noopener noreferrer">MSIT</a>')).toEqual([]);
  expect(await lintComponent('<a href="https://example.com/" rel="noreferrer noopener external">x</a>')).toEqual([]);
  expect(await lintComponent('<a href="/mou">x</a>')).toEqual([]);
  expect(await lintComponent('<a href="tel:+82-44-202-6270">x</a>')).toEqual([]);
}, 30_000);
