import type { EventInfo, SourceCredit } from './types';

/**
 * The release says "from March 21 (Tuesday) to 23 (Thursday)" without a year.
 * The year is 2023: 21 March fell on a Tuesday in 2023 (not in 2022 or 2024),
 * and the release dates the New York Initiative to "September last year",
 * which was September 2022.
 */
export const event: EventInfo = {
  name: 'Korea Digital Days',
  tagline: 'Korea’s National Digital Strategy to Be Shared with the World',
  start: '2023-03-21',
  end: '2023-03-23',
  hosts: ['msit', 'world-bank'],
};

export const source: SourceCredit = {
  title: 'Korea’s National Digital Strategy to Be Shared with the World',
  url: 'https://www.msit.go.kr/eng/bbs/view.do?sCode=eng&mPid=2&mId=4&bbsSeqNo=42&nttSeqNo=778',
  publisher: 'Ministry of Science and ICT',
  kind: 'Press release',
  licence: 'Korea Open Government License (KOGL) Type 1',
};
