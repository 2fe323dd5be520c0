import { beforeAll, expect, test } from 'vitest';
import { findPerson } from '../../data/people';
import { loadMessages } from '../../i18n/catalogue';
import { personDescription } from './personDescription';

beforeAll(() => Promise.all([loadMessages('en', 'people'), loadMessages('ko', 'people')]));

test('a person’s description: name and title as published, organisation and day in the page’s language', () => {
  const lee = findPerson('lee-won-tae');
  if (!lee) throw new Error('no Lee Won Tae');
  expect(personDescription(lee, 'en')).toBe(
    'Lee Won Tae, President, Korea Internet and Security Agency, at Korea Digital Days: “Enhancing Cyber Security and Resilience” (Day 2).',
  );
  expect(personDescription(lee, 'ko')).toBe(
    'Korea Digital Days의 Lee Won Tae(President, 한국인터넷진흥원): “Enhancing Cyber Security and Resilience” (2일 차).',
  );
});
