import type { mouTerms } from '../../data/mouTerms';
import type { MouArea } from '../../data/types';
import type { Translated } from '../en/agenda';
import type { Messages } from '../messages';

/** The MoU's areas in Korean, which the agency pages and search name too. */
export const areaNames = {
  'Artificial intelligence': '인공지능',
  Data: '데이터',
  Telecommunications: '통신',
  Broadcasting: '방송',
  Radio: '전파',
  'Broadband network': '광대역 네트워크',
  'ICT industry': 'ICT 산업',
  Software: '소프트웨어',
  'Cyber security': '사이버 보안',
} satisfies Record<MouArea, string>;

const mou: Messages['mou'] = {
  pageTitle: '양해각서',
  titles: { 'MoU on Digital Development Cooperation': '디지털 개발 협력 양해각서' },
  areas: areaNames,
  places: { 'the opening ceremony of Korea Digital Days': '행사 개막식' },
  scope: '공동 관심 분야에서 지식을 교환하고 행사와 연구를 추진합니다.',
  activities: [
    '정보 교환',
    '지식 상품과 서비스 개발',
    '공동 행사 참여(협의회, 세미나, 워크숍, 전시회)',
    '공동 연구 수행',
    '기본계획 수립',
    '투자 기회 모색',
    '직원 교류 프로그램과 상호 방문 가능성 모색',
  ] satisfies Translated<typeof mouTerms.activities>,
  purpose: [
    '디지털 개발 분야에서 호혜적 협력을 증진하는 것입니다.',
    '과학기술정보통신부와 세계은행은 그동안 한국의 디지털 정책과 개발 경험을 공유하며 개발도상국의 경제·사회 발전을 지원해 왔습니다. 이번 양해각서는 보다 구체적인 협력 분야와 협업 방안을 찾는 토대가 될 것입니다.',
    '과학기술정보통신부는 모범 디지털 국가로서 한국의 위상을 확고히 하기 위해, AI, 데이터, 사이버 보안 등 한국이 집중하고 있는 분야에서 세계은행과 더욱 긴밀히 협력할 계획입니다.',
  ] satisfies Translated<typeof mouTerms.purpose>,
  atAGlance: '양해각서 한눈에 보기',
  parties: '당사자',
  statusToday: '현재 상태',
  type: '성격',
  typeValue: (binding: boolean) => `양측 간 법적 구속력${binding ? '이 있는' : '이 없는'} 양해`,
  signed: '서명',
  signedAt: (place: string) => `, ${place}`,
  term: '기간',
  termValue: (years: number) => `서명일로부터 ${years}년`,
  theSigning: (day: string) => `서명식, ${day}`,
  about: (agency: string) => `${agency} 소개`,
  theMou: '양해각서',
  areasHeading: '협력 분야',
  areasIntro: (scope: string) =>
    `${scope} 양해각서가 명시한 분야는 다음과 같습니다. 분야를 누르면 이 사이트에서 그 분야를 검색합니다.`,
  activitiesHeading: '활동',
  purposeHeading: '목적',
  inEffect: { before: '', after: '까지 유효' },
  termEnded: { before: (years: number) => `${years}년 기한: `, after: '에 종료' },
  noRenewal: '보도자료는 갱신 여부를 밝히지 않았습니다.',
  description: (parties: string, date: string, binding: boolean, years: number, areas: readonly string[]) =>
    `${parties}, ${date} 서명. ${years}년간 유효하며 법적 구속력${binding ? '이 있는' : '이 없는'} 양해로, 협력 분야는 ${
      areas.length === 1 ? `${areas[0]} 1개` : `${areas[0]}부터 ${areas.at(-1)}까지 ${areas.length}개`
    }입니다.`,
};

export default mou;
