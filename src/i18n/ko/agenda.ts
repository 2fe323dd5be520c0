import type { ItemSlug, TitledItemSlug } from '../../data/agenda';
import { getOrganisation } from '../../data/organisations';
import type { Agency, ItemKind, Organisation, OrganisationId } from '../../data/types';
import { listInWords } from '../../lib/listInWords';
import type { Messages } from '../messages';

/** Our translations of job titles as published, by the title; people's pages use them too. */
export const jobTitleGlosses: Readonly<Record<string, string>> = {
  // No gloss for 'Deputy Minister': 차관 is MSIT's Vice Minister, and the
  // release does not give Ryu Kwang Jun's Korean post (docs/glossary-ko.md).
  'Vice President for Infrastructure': '인프라 담당 부총재',
  'Vice President for East Asia and Pacific': '동아시아·태평양 담당 부총재',
  President: '원장',
  'Minister of Science and ICT': '과학기술정보통신부 장관',
};

const agenda: Messages['agenda'] = {
  summaries: {
    'welcoming-remarks': '사흘간의 행사는 세계은행 부총재 두 명의 환영사로 시작되었습니다.',
    'mou-signing':
      '개막식에서 과학기술정보통신부와 세계은행은 디지털 개발 분야의 호혜적 협력을 증진하기 위한 양해각서에 서명했습니다.',
    'national-digital-strategy':
      '뉴욕 구상 소개로 발표를 시작해 한국의 국가 디지털 전략과 새로운 디지털 질서 확립 방안을 자세히 설명했습니다.',
    'ai-for-participation-solidarity-and-prosperity':
      '클라우드 인프라와 분야별 AI 융합으로 AI 산업을 키우려는 한국의 노력을 고성능 컴퓨팅(HPC)과 서비스형 소프트웨어(SaaS) 사례와 함께 소개하고, AI 교육과 공적개발원조(ODA) 분야에서 한국과 세계은행이 협력할 방안을 공유했습니다.',
    'a-new-journey-to-digital-platform-government':
      '글로벌 사회 문제 해결을 위한 한국의 AI·데이터 기반 디지털플랫폼정부 정책을 다룹니다.',
    'enhancing-cyber-security-and-resilience':
      '한국의 사이버 보안 정책 모델과 사이버 보안 분야의 국제 협력 활동을 다룹니다.',
    'growth-of-the-data-industry':
      '디지털 전환이 빨라지는 가운데 데이터 관련 기회를 활용하고 데이터 격차를 좁히기 위한 방안을 다룹니다.',
    'closing-ceremony': '행사는 세계은행이 주관한 폐막식으로 마무리되었습니다.',
  } satisfies Record<ItemSlug, string>,
  topics: {
    'welcoming-remarks': '환영사',
    'mou-signing': '디지털 개발 협력 양해각서 서명',
    'national-digital-strategy': '뉴욕 구상과 한국의 국가 디지털 전략',
    'ai-for-participation-solidarity-and-prosperity': 'AI 기조연설',
    'a-new-journey-to-digital-platform-government': '디지털플랫폼정부 발표',
    'enhancing-cyber-security-and-resilience': '사이버 보안 발표',
    'growth-of-the-data-industry': '데이터 산업 발표',
    'closing-ceremony': '폐막식',
  } satisfies Record<ItemSlug, string>,
  titleGlosses: {
    'ai-for-participation-solidarity-and-prosperity': '참여·연대·번영을 위한 AI',
    'a-new-journey-to-digital-platform-government': '디지털플랫폼정부를 향한 새로운 여정',
    'enhancing-cyber-security-and-resilience': '사이버 보안과 복원력 강화',
    'growth-of-the-data-industry':
      '데이터 산업의 성장 지원과 데이터의 사회적 활용 증진을 통한 한국의 경제·사회 혁신 기여',
  } satisfies Record<TitledItemSlug, string>,
  jobTitleGlosses,
  kinds: {
    remarks: '인사말',
    signing: '서명식',
    presentation: '발표',
    keynote: '기조연설',
    ceremony: '행사',
  } satisfies Record<ItemKind, string>,
  organisations: (ids: readonly OrganisationId[]) =>
    listInWords(
      ids.map((id) => getOrganisation(id).nameKo ?? getOrganisation(id).name),
      'ko',
    ),
  shortName: (organisation: Organisation) => organisation.nameKo ?? organisation.shortName,
  agencyName: (agency: Agency) => agency.nameKo,
  contactsAt: (agency: string) => `${agency} 연락처`,
  readMou: '양해각서 보기',
  eventDays: '행사 일자',
  previousAndNextDay: '이전 날과 다음 날',
  previousDay: (day: string) => `이전 날: ${day}`,
  nextDay: (day: string) => `다음 날: ${day}`,
  programmeOf: (day: string) => `${day} 프로그램`,
  atAGlance: (day: string) => `${day} 한눈에 보기`,
  date: '날짜',
  event: '행사',
  order: '순서',
  orderAsPublished: '보도자료에 실린 순서입니다. 보도자료에는 세션 시간이 나와 있지 않습니다.',
  announcedInAdvance: ' 이날의 프로그램은 보도자료에 예고된 것입니다.',
  addDayToCalendar: (day: string) => `${day} 일정을 캘린더에 추가`,
  icsFile: '(.ics 파일)',
  itemIsOn: (day: string) => ` (${day} 항목): `,
  seeItIn: (day: string) => `${day} 프로그램에서 보기`,
  noSuchDay: '해당 날짜가 없습니다',
  noSuchDayBody: (_eventName: string, dates: string, requested: string) =>
    `이 행사는 ${dates}에 열렸습니다. “${requested}”에 해당하는 프로그램은 없습니다. 아래에서 행사 날짜를 고르세요.`,
  unknownItem: (requested: string, day: string) =>
    `“${requested}” 항목은 이 행사에 없습니다. 링크가 잘못 입력되었거나 오래되었을 수 있습니다. 아래는 ${day} 프로그램입니다.`,
  searchFor: (words: string) => `사이트에서 “${words}” 검색`,
  and: ', ',
  sourceFrom: (kind: string) => `출처: ${kind === 'Press release' ? '보도자료' : kind}`,
  dayDescription: (day: string, eventName: string, date: string, items: readonly string[]) =>
    `${eventName} ${day}, ${date}: ${items.join('; ')}.`,
  itemBy: (heading: string, speakers: string) => `${heading}, ${speakers}`,
  speakerInWords: (name: string, organisation: Organisation) =>
    `${name}(${organisation.nameKo ?? organisation.shortName})`,
};

export default agenda;
