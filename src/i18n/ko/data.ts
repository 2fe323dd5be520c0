import type { Messages } from '../messages';

const data: Messages['data'] = {
  pageTitle: '공공데이터',
  pageDescription: '행사의 일정, 발표자, 기관, 연락처와 양해각서를 JSON과 CSV로 제공합니다. 공공누리 제1유형.',
};

export default data;
