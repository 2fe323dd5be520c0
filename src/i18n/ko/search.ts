import type { Messages } from '../messages';

const search: Messages['search'] = {
  pageDescription: (eventName) => `${eventName} 검색: 일정, 발표자, 기관, 연락처와 양해각서의 협력 분야.`,
  pageTitle: (query) => (query ? `검색: ${query}` : '검색'),
};

export default search;
