import { expect, test } from 'vitest';
import { days } from '../data/agenda';
import { mou } from '../data/mou';
import { contactsDescription, dayDescription, mouDescription, overviewDescription } from './pageDescriptions';

test('link-preview descriptions are plain sentences built from the data', () => {
  expect(overviewDescription()).toBe(
    'Korea Digital Days, 21–23 March 2023, co-hosted by MSIT and the World Bank: the programme by day, the MoU on digital development cooperation, and whom to contact at MSIT, NIPA, K-Data, KISA and NIA.',
  );
  expect(mouDescription(mou)).toBe(
    'Signed by MSIT and the World Bank on 21 March 2023: a non-binding understanding for 3 years, in 9 areas of cooperation from artificial intelligence to cyber security.',
  );
  expect(contactsDescription()).toMatch(/^Whom to call at MSIT, NIPA, K-Data, KISA and NIA:/);
});

test('a day’s description names each item in order, with its speakers', () => {
  const [first] = days;
  if (!first) throw new Error('no days');
  expect(dayDescription(first)).toBe(
    'Day 1 of Korea Digital Days, Tuesday 21 March 2023: Welcoming remarks by Guangzhe Chen (World Bank) and Manuela V. Ferro (World Bank); Signing of the MoU on digital development cooperation; The New York Initiative and Korea’s National Digital Strategy by Ryu Kwang Jun (MSIT); “AI for Participation, Solidarity and Prosperity” by Hur Sung-Wook (NIPA).',
  );
});
