import { formatCount } from '../formatCount';
import type { Messages } from '../messages';
import { areaNames } from './mou';

const n = (count: number) => formatCount(count, 'ko');

// Our translations of why each agency's work relates to an MoU area
// (data/agencyAreas.ts), by agency and area. The talk's title is left out:
// quoted in English, it would need its own `lang`, and the link beside it
// leads to the talk.
const msitFocus =
  '보도자료에 따르면 과학기술정보통신부는 AI, 데이터, 사이버 보안 등 한국이 집중하는 분야에서 세계은행과 더욱 긴밀히 협력할 계획입니다.';
const niaTalk = '한국지능정보사회진흥원은 발표에서 AI·데이터 기반 디지털플랫폼정부에 관한 한국의 정책을 소개했습니다.';
const bases: Readonly<Record<string, string>> = {
  'msit/Artificial intelligence': msitFocus,
  'msit/Data': msitFocus,
  'msit/Cyber security': msitFocus,
  'nipa/Artificial intelligence':
    '정보통신산업진흥원은 기조연설에서 AI 산업을 키우려는 한국의 노력을 소개하고 AI 교육 분야의 협력 방안을 공유했습니다.',
  'nipa/Software': '정보통신산업진흥원은 기조연설에서 서비스형 소프트웨어(SaaS)를 사례 중 하나로 들었습니다.',
  'nia/Artificial intelligence': niaTalk,
  'nia/Data': niaTalk,
  'kisa/Cyber security':
    '한국인터넷진흥원은 발표에서 한국의 사이버 보안 정책 모델과 사이버 보안 분야의 국제 협력 활동을 소개했습니다.',
  'k-data/Data':
    '한국데이터산업진흥원은 발표에서 데이터 산업의 성장 지원과 데이터의 사회적 활용 증진, 데이터 격차 해소 방안을 다루었습니다.',
};

const agencies: Messages['agencies'] = {
  listTitle: '기관',
  pageTitle: (agency) => `${agency.shortName}, ${agency.nameKo}`,
  listDescription: (eventName, agencyNames) =>
    `${eventName}에서 발표한 부처와 기관(${agencyNames}): 기관별 발표 내용, 연락처, 업무 관련 양해각서 협력 분야를 안내합니다.`,
  pageDescription: (agency, eventName, items) =>
    `${eventName}의 ${agency.nameKo}(${agency.shortName}): ${items}. 연락처와 업무 관련 양해각서 협력 분야를 안내합니다.`,
  listIntro:
    '{event}에서 발표한 한국의 부처와 기관입니다. 기관별 연락처와 업무 관련 양해각서 협력 분야를 함께 안내합니다.',
  name: (agency) => agency.nameKo,
  otherName: (agency) => ({ text: agency.name, lang: 'en' }),
  otherNameLabel: '영문 이름',
  groups: {
    Government: '정부',
    'Affiliated Organization': '산하기관',
  },
  contactCount: (count) => `연락처 ${n(count)}명`,
  worldBankHeading: (name) => name,
  worldBankRoles: { host: '행사의 공동 주최 기관', party: '양해각서의 상대 당사자' },
  worldBankText: (name, roles) =>
    `${name}은 ${roles}입니다. 보도자료에 ${name}의 연락처가 없어 이 사이트에는 ${name} 페이지가 없습니다. ${name}이 참여한 일정:`,
  atAGlance: (shortName) => `${shortName} 한눈에 보기`,
  shortName: '약칭',
  listedUnder: '분류',
  mou: '양해각서',
  signedWith: (parties, date) => `${date} 서명(상대: ${parties})`,
  atEvent: '{event}에서',
  contacts: '연락처',
  contactsIntro:
    '보도자료에 실린 책임자와 담당자입니다. 번호는 모두 사무실 전화번호이며, 국제 형식은 해외에서 걸 때 씁니다.',
  downloadContacts: (count, shortName) => ({
    visible: `연락처 ${n(count)}명 내려받기`,
    hidden: { before: shortName, after: '' },
  }),
  inDirectory: (shortName) => `연락처 목록에서 ${shortName} 보기`,
  areasHeading: '업무 관련 양해각서 협력 분야',
  areasIntro: (count, shortName) =>
    `양해각서는 협력 분야 ${n(count)}개를 명시합니다. 보도자료는 이 분야를 기관별로 나누지 않았습니다. 아래 분야는 보도자료에 실린 ${shortName}의 발표나 계획을 근거로 저희가 정리한 것입니다.`,
  areasAsParty: (shortName, count, parties) =>
    ` 다만 ${shortName}의 경우 양해각서의 당사자이므로 협력 분야 ${n(count)}개 모두를 상대 당사자(${parties})와 공동 관심 분야로 공유합니다.`,
  allAreas: (count) => `양해각서의 협력 분야 ${n(count)}개 모두 보기`,
  // The MoU page's names for its areas, so both pages say the same.
  areas: areaNames,
  basis: (relation) => bases[`${relation.agency}/${relation.area}`] ?? relation.basis,
  mouPurpose: '양해각서의 목적',
  theTalk: (day) => `해당 발표, ${day}`,
  otherAgencies: '다른 기관',
  linkName: (agency) => `${agency.nameKo} (${agency.shortName})`,
  notFoundHeading: '해당 기관이 없습니다',
  notFoundBody: (requested) => `보도자료의 연락처에는 “${requested}” 기관이 없습니다. 기관 목록은 다음과 같습니다.`,
};

export default agencies;
