import { beforeAll, expect, test } from 'vitest';
import { getAgency } from '../data/organisations';
import { loadMessages } from '../i18n/catalogue';
import { agenciesDescription, agencyDescription, contactsDescription } from './pageDescriptions';

beforeAll(() => Promise.all([loadMessages('en', 'contacts', 'agencies'), loadMessages('ko', 'contacts', 'agencies')]));

test('the directory’s and the agencies’ descriptions, in English as before and in Korean', () => {
  expect(contactsDescription('en')).toBe(
    'Whom to call at MSIT, NIPA, K-Data, KISA and NIA: a head and a point of contact at each agency, with office phone numbers for callers in Korea and abroad.',
  );
  expect(contactsDescription('ko')).toBe(
    'MSIT, NIPA, K-Data, KISA 및 NIA의 연락처: 기관마다 책임자와 담당자 한 명씩, 국내외에서 걸 수 있는 사무실 전화번호를 안내합니다.',
  );
  expect(agenciesDescription('en')).toBe(
    'The ministry and agencies that presented at Korea Digital Days, MSIT, NIPA, K-Data, KISA and NIA: for each, what it presented, whom to call and the MoU areas its work relates to.',
  );
  expect(agenciesDescription('ko')).toMatch(
    /^Korea Digital Days에서 발표한 부처와 기관\(MSIT, NIPA, K-Data, KISA 및 NIA\):/,
  );
});

test('an agency’s description names its talks by day, in the page’s language', () => {
  expect(agencyDescription(getAgency('kisa'), 'en')).toBe(
    'Korea Internet and Security Agency (KISA) at Korea Digital Days: “Enhancing Cyber Security and Resilience” (Day 2). Its contacts, and the MoU areas its work relates to.',
  );
  expect(agencyDescription(getAgency('kisa'), 'ko')).toBe(
    'Korea Digital Days의 한국인터넷진흥원(KISA): “Enhancing Cyber Security and Resilience” (2일 차). 연락처와 업무 관련 양해각서 협력 분야를 안내합니다.',
  );
});
