import type { ContextId } from '../../data/eventStory';
import type { eventStory } from '../../data/eventStory';
import type { Organisation } from '../../data/types';
import type { Translated } from '../en/agenda';
import type { Messages } from '../messages';

const overview: Messages['overview'] = {
  translationNote: '이 한국어판은 영어 보도자료를 저희가 번역한 것으로, 내용의 기준은 영어 원문입니다.',
  story: {
    summary:
      '과학기술정보통신부와 세계은행이 사흘간의 행사를 공동 주최했습니다. 양측은 디지털 분야 협력 확대를 위한 양해각서에 서명했고, 한국은 주요 디지털 정책을 공유하고 디지털 혁신의 모범 사례를 소개했으며, 미래를 위한 새로운 디지털 질서의 방향을 제시했습니다.',
    purpose:
      '이 행사는 뉴욕 구상과 이를 이행하는 국가 디지털 전략 등 한국의 디지털 비전과 정책을 소개하고, 디지털 혁신 분야에서 한국의 모범 사례를 공유하기 위해 마련되었습니다.',
    significance:
      '이 행사는 개발도상국에 개발·지원 프로그램을 제공하는 국제기구인 세계은행에 디지털 혁신 분야에서 한국이 이룬 성과를 알리는 자리가 되었습니다.',
  },
  sectors: ['인공지능(AI)', '데이터', '사이버 보안', '디지털플랫폼정부'] satisfies Translated<
    typeof eventStory.bestPracticeSectors
  >,
  contextNames: {
    kodi: '한국 디지털 개발 프로그램(KoDi)',
    'new-york-initiative': '뉴욕 구상',
    'national-digital-strategy': '국가 디지털 전략',
    'digital-platform-government': '디지털플랫폼정부',
  } satisfies Record<ContextId, string>,
  contextDescriptions: {
    kodi: '한국과 세계은행이 2021년에 시작한 3개년 프로그램입니다. 이를 통해 양측은 한국의 기술 발전 사례를 개발도상국과 공유하고, 데이터 기반의 안전하고 친환경적인 디지털 전환을 지원하는 활동을 함께 펼치고 있습니다.',
    'new-york-initiative':
      '한국 대통령이 2022년 9월에 발표했습니다. 디지털 혁신이 인류 보편의 가치를 실현하는 데 이바지해야 하며, 한국이 디지털 혁신의 성과와 새로운 디지털 질서의 방향을 세계 시민과 공유하겠다는 내용을 담고 있습니다.',
    'national-digital-strategy': '뉴욕 구상을 이행하기 위한 한국의 전략입니다.',
    'digital-platform-government':
      '글로벌 사회 문제 해결을 위한 한국의 AI·데이터 기반 디지털플랫폼정부로, 한국이 모범 사례를 공유한 디지털 혁신 분야 가운데 하나입니다.',
  } satisfies Record<ContextId, string>,
  coHostedBy: (hosts: string) => `${hosts} 공동 주최`,
  hostName: (host: Organisation) => host.nameKo ?? host.name,
  hostSeparator: ', ',
  atAGlance: '한눈에 보기',
  dates: '기간',
  days: (count: number) => `${count}일간`,
  hosts: '주최',
  notInRelease: '보도자료에 없는 정보',
  notInReleaseValue: '세션 시간, 장소, 이메일 주소: 이 사이트에도 싣지 않았습니다',
  theMou: '양해각서',
  signed: { before: '', after: ' 서명.' },
  addEventToCalendar: '행사 일정을 캘린더에 추가',
  calendarHint: '하루에 하나씩, 그날의 프로그램을 담은 종일 일정으로 추가됩니다.',
  programmeByDay: '날짜별 프로그램',
  entries: '양해각서, 연락처, 데이터',
  mouCard: (parties: string, binding: boolean, years: number, areas: number) =>
    `서명 당사자는 ${parties}입니다. ${years}년간 유효하며 법적 구속력${binding ? '이 있는' : '이 없는'} 양해로, 협력 분야는 ${areas}개입니다.`,
  contacts: '연락처',
  contactsCard: (agencies: string, count: number) =>
    `${agencies}의 연락처입니다. 기관마다 책임자와 담당자 한 명씩 모두 ${count}명이며, 국내외에서 걸 수 있는 사무실 전화번호를 함께 안내합니다.`,
  agencies: '기관',
  agenciesCard: '기관별 발표 내용, 연락처, 업무 관련 양해각서 협력 분야:',
  openData: '공공데이터',
  openDataCard:
    '행사 전체를 JSON과 그 JSON 스키마로, 연락처와 일정을 CSV로 제공합니다. 출처를 밝히면 자유롭게 다시 쓸 수 있습니다.',
  whyHeld: '개최 목적',
  bestPractices: (sectors: readonly string[]) => `공유한 모범 사례 분야: ${sectors.join(', ')}.`,
  audience: {
    label: '대상: ',
    before: (organisation: Organisation) =>
      `${organisation.nameKo ?? organisation.name} 직원. 그중 보도자료가 이름을 밝힌 사람: `,
    after: '.',
    between: ', ',
    beforeLast: ', ',
  },
  ledBy: {
    before: (organisation: Organisation) => `${organisation.nameKo ?? organisation.name}의 수장: `,
    after: '.',
  },
  context: '배경',
  quoteGloss:
    '한국은 디지털 시대를 선도하는 국가로서의 위상을 확보하기 위해 범국가적 혁신 정책을 추진하고 있습니다. 과학기술정보통신부는 Korea Digital Days를 시작으로, 디지털 정책 분야에서 한국이 이룬 성과와 새로운 디지털 질서를 확립해 가는 과정을 세계 시민과 적극적으로 공유할 기회를 계속 만들고, 포용적이고 번영하는 디지털 사회를 만드는 데 노력을 아끼지 않겠습니다.',
  organisationName: (organisation: Organisation) => organisation.nameKo ?? organisation.name,
  description: (eventName: string, dates: string, hosts: string, agencies: string) =>
    `${eventName}, ${dates}, ${hosts} 공동 주최: 날짜별 프로그램, 디지털 개발 협력 양해각서, 그리고 ${agencies}의 연락처.`,
};

export default overview;
