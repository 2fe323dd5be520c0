import { formatCount } from '../formatCount';
import type { Messages } from '../messages';

const n = (count: number) => formatCount(count, 'ko');

const contacts: Messages['contacts'] = {
  pageTitle: '연락처',
  pageDescription: (agencyNames) =>
    `${agencyNames}의 연락처: 기관마다 책임자와 담당자 한 명씩, 국내외에서 걸 수 있는 사무실 전화번호를 안내합니다.`,
  intro: '보도자료에 실린 대로 기관마다 책임자와 담당자 한 명씩, 사무실 전화번호와 함께 안내합니다.',
  unknownAgencies: (_count, values, known) =>
    `이 링크에 알 수 없는 기관이 있어 제외했습니다: ${values}. 알려진 기관: ${known}.`,
  reader: '연락처 목록',
  noScript: (count) =>
    `검색과 기관 필터에는 자바스크립트가 필요합니다. 이 브라우저에서는 자바스크립트가 꺼져 있어 연락처 ${n(count)}명을 모두 표시합니다.`,
  filters: '필터',
  clear: { visible: '초기화', hidden: { before: '필터', after: '' } },
  clearFilters: '필터 초기화',
  searchLabel: '연락처 검색',
  searchHint: '이름, 직함, 팀, 기관 또는 전화번호',
  agencyLegend: '기관',
  showingFirst: (shown, total, filtered) =>
    `${filtered ? '검색된 ' : ''}연락처 ${n(total)}명 중 처음 ${n(shown)}명을 표시합니다`,
  showingAll: (total) => `연락처 ${n(total)}명을 모두 표시합니다`,
  showingSome: (count, total) => `연락처 ${n(total)}명 중 ${n(count)}명을 표시합니다`,
  downloadShown: (count) => ({ visible: `연락처 ${n(count)}명 내려받기`, hidden: { before: '표시된', after: '' } }),
  jumpTo: '기관으로 바로 가기:',
  noMatch: '일치하는 연락처가 없습니다',
  noMatchHint: '검색어를 줄이거나 다른 철자로 입력하거나 기관을 더 선택해 보세요.',
  showMore: (count) => `연락처 ${n(count)}명 더 보기`,
  filterInWords: (agencyNames, query) => {
    const people = agencyNames ? `${agencyNames} 연락처` : '연락처';
    if (query) return `${people} 중 “${query}” 검색 결과`;
    return agencyNames ? people : '모든 연락처';
  },
  allAgencies: '모든 기관',
  contactCount: (count) => `${n(count)}명`,
  groups: {
    Government: '정부',
    'Affiliated Organization': '산하기관',
  },
  roles: {
    head: '책임자',
    'point-of-contact': '담당자',
  },
  titleGlosses: {
    Director: '과장',
    'Deputy Director': '사무관',
    'Team Leader': '팀장',
    Manager: '매니저',
    'Senior Manager': '선임 매니저',
  },
  teamGlosses: {
    'Multilateral Cooperation Division': '다자협력과',
    'AI Strategy Team': 'AI전략팀',
    'Data Use and Diffusion Team': '데이터활용확산팀',
    'Global Cooperation Team': '글로벌협력팀',
    'Global Digital Transformation Team': '글로벌디지털전환팀',
  },
  call: { before: '', after: '에게 전화:' },
  inRegion: (region) => `${region}에서`,
  regionNames: { KR: '한국' },
  downloadContact: '연락처 내려받기',
};

export default contacts;
