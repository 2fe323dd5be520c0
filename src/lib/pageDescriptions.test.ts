import { beforeAll, expect, test } from 'vitest';
import { days } from '../data/agenda';
import { mou } from '../data/mou';
import { getAgency } from '../data/organisations';
import { loadMessages } from '../i18n/catalogue';
import {
  agencyDescription,
  contactsDescription,
  dayDescription,
  mouDescription,
  overviewDescription,
  searchDescription,
} from './pageDescriptions';

beforeAll(async () => {
  await loadMessages('en', 'overview', 'agenda', 'mou', 'contacts', 'agencies', 'search');
  await loadMessages('ko', 'overview', 'agenda', 'mou');
});

test('link-preview descriptions are plain sentences built from the data', () => {
  expect(overviewDescription('en')).toBe(
    'Korea Digital Days, 21–23 March 2023, co-hosted by MSIT and the World Bank: the programme by day, the MoU on digital development cooperation, and whom to contact at MSIT, NIPA, K-Data, KISA and NIA.',
  );
  expect(mouDescription(mou, 'en')).toBe(
    'Signed by MSIT and the World Bank on 21 March 2023: a non-binding understanding for 3 years, in 9 areas of cooperation from artificial intelligence to cyber security.',
  );
  expect(contactsDescription('en')).toMatch(/^Whom to call at MSIT, NIPA, K-Data, KISA and NIA:/);
  expect(searchDescription('en')).toBe(
    'Search Korea Digital Days: the programme, speakers, agencies, contacts and the MoU’s areas of cooperation.',
  );
});

test('a day’s description names each item in order, with its speakers', () => {
  const [first] = days;
  if (!first) throw new Error('no days');
  expect(dayDescription(first, 'en')).toBe(
    'Day 1 of Korea Digital Days, Tuesday 21 March 2023: Welcoming remarks by Guangzhe Chen (World Bank) and Manuela V. Ferro (World Bank); Signing of the MoU on digital development cooperation; The New York Initiative and Korea’s National Digital Strategy by Ryu Kwang Jun (MSIT); “AI for Participation, Solidarity and Prosperity” by Hur Sung-Wook (NIPA).',
  );
});

test('a binding MoU is described as binding', () => {
  expect(mouDescription({ ...mou, binding: true }, 'en')).toBe(
    'Signed by MSIT and the World Bank on 21 March 2023: a binding understanding for 3 years, in 9 areas of cooperation from artificial intelligence to cyber security.',
  );
});

test('a one-year MoU in one area says so in the singular', () => {
  const narrow = { ...mou, termYears: 1, areas: mou.areas.slice(0, 1) };
  expect(mouDescription(narrow, 'en')).toBe(
    'Signed by MSIT and the World Bank on 21 March 2023: a non-binding understanding for 1 year, in one area of cooperation, artificial intelligence.',
  );
  expect(mouDescription(narrow, 'ko')).toMatch(/1년간 유효하며 .*협력 분야는 인공지능 1개입니다\.$/);
});

test('an agency’s description names the items it took part in or spoke at, with their days', () => {
  // MSIT is a party to the signing and Deputy Minister Ryu presented; the welcoming remarks were the World Bank's.
  expect(agencyDescription(getAgency('msit'), 'en')).toBe(
    'Ministry of Science and ICT (MSIT) at Korea Digital Days: Signing of the MoU on digital development cooperation (Day 1); The New York Initiative and Korea’s National Digital Strategy (Day 1). Its contacts, and the MoU areas its work relates to.',
  );
});

test('in Korean, the descriptions are Korean, with the agencies’ Korean names and Korean dates', () => {
  const [first] = days;
  if (!first) throw new Error('no days');
  expect(overviewDescription('ko')).toBe(
    'Korea Digital Days, 2023년 3월 21일~23일, 과학기술정보통신부 및 세계은행 공동 주최: 날짜별 프로그램, 디지털 개발 협력 양해각서, 그리고 과학기술정보통신부, 정보통신산업진흥원, 한국데이터산업진흥원, 한국인터넷진흥원 및 한국지능정보사회진흥원의 연락처.',
  );
  expect(mouDescription(mou, 'ko')).toBe(
    '과학기술정보통신부 및 세계은행, 2023년 3월 21일 서명. 3년간 유효하며 법적 구속력이 없는 양해로, 협력 분야는 인공지능부터 사이버 보안까지 9개입니다.',
  );
  expect(dayDescription(first, 'ko')).toBe(
    'Korea Digital Days 1일 차, 2023년 3월 21일 (화): 환영사, Guangzhe Chen(세계은행) 및 Manuela V. Ferro(세계은행); 디지털 개발 협력 양해각서 서명; 뉴욕 구상과 한국의 국가 디지털 전략, Ryu Kwang Jun(과학기술정보통신부); “AI for Participation, Solidarity and Prosperity”, Hur Sung-Wook(정보통신산업진흥원).',
  );
});
