import type { Messages } from '../messages';
import agencies from './agencies';
import contacts from './contacts';
import { areaNames } from './mou';

const search: Messages['search'] = {
  pageDescription: (eventName) => `${eventName} 검색: 일정, 발표자, 기관, 연락처와 양해각서의 협력 분야.`,
  pageTitle: (query) => (query ? `검색: ${query}` : '검색'),
  reader: '검색 페이지',
  heading: '검색',
  noScript:
    '이 브라우저에서는 자바스크립트가 꺼져 있어 검색 결과를 표시할 수 없습니다. 일정, 기관, 연락처 페이지에서는 자바스크립트 없이도 모든 내용을 볼 수 있습니다.',
  form: '검색 페이지',
  field: '일정, 발표자, 기관, 연락처, 양해각서 협력 분야 검색',
  fieldHint:
    '대소문자, 악센트, 하이픈, 띄어쓰기는 구분하지 않습니다. 한글 기관명, 영문 이름, 전화번호로도 찾을 수 있습니다.',
  resultsFor: (count, query) => `${query} 검색 결과 ${count}건`,
  noResultsFor: (query) => `${query} 검색 결과 없음`,
  tryThese: '다음 검색어로 찾아보세요:',
  orTryThese: '또는 다음 검색어로 찾아보세요:',
  problemHelp: '이름, 단어 또는 전화번호를 입력하세요.',
  nothingMatches: (query) => `${query}에 일치하는 결과가 없습니다`,
  spellingHelp: '철자를 확인하거나 단어 수를 줄여 보세요. 결과에는 입력한 단어가 모두 들어 있어야 합니다.',
  partialLead: '다음 단어는 하나씩 검색하면 결과가 있습니다:',
  partialQuery: (word, count) => `${word}, ${count}건`,
  groups: {
    agenda: '일정 항목',
    people: '발표자',
    agencies: '기관',
    contacts: '연락처',
    areas: '양해각서 협력 분야',
  },
  callBefore: '전화 걸기: ',
  callAfter: ',',
  relatedAgencies: '관련 기관: ',
  agencyPage: '기관 페이지: ',
  shortcutBefore: '단축키: 어느 페이지에서나 ',
  shortcutAfter: ' 키를 누르면 검색창으로 이동합니다',

  mouAreasOf: (areas) => `양해각서 협력 분야: ${areas}`,
  areaOf: '디지털 개발 협력 양해각서의 협력 분야',
  terms: {
    // The same words as the directory's and the agency pages', from their catalogues.
    roles: contacts.roles,
    groups: agencies.groups,
    areas: areaNames,
    organisations: { 'world-bank': '세계은행' },
  },
};

export default search;
