import type { Messages } from '../messages';

const shell: Messages['shell'] = {
  taglineTranslation: '한국의 국가 디지털 전략, 세계와 공유한다',
  ourTranslation: '번역',
  skipLink: '본문 바로가기',
  search: '검색',
  menu: '메뉴',
  mainNav: '주 메뉴',
  nav: {
    overview: '개요',
    agenda: '일정',
    people: '발표자',
    mou: '양해각서',
    contacts: '연락처',
    agencies: '기관',
  },
  siteSearch: '사이트',
  siteSearchField: '사이트 검색',
  languageSwitch: 'English',
  footer: {
    // The ministry's and the licence's own Korean names (공공누리 is KOGL's).
    credit: () => '출처: 과학기술정보통신부 보도자료',
    licenceUse: () => '공공누리 제1유형(출처표시) 조건에 따라 이용.',
    openData: '공공데이터',
    translation: '이 한국어판은 영어 보도자료를 저희가 번역한 것입니다. 내용이 다르면 영어 원문을 따릅니다.',
  },
  copyLink: '링크 복사',
  copyLinkTo: (label: string) => `${label} 링크 복사`,
  share: '공유',
  shareLinkTo: (label: string) => `${label} 링크 공유`,
  linkCopied: '링크를 복사했습니다',
  linkToCopied: (label: string) => `${label} 링크를 복사했습니다`,
  copyBlocked: (label: string) => `브라우저가 복사를 막았습니다. 아래에 선택된 ${label} 링크를 직접 복사하세요.`,
  linkTo: (label: string) => `${label} 링크`,
  notFound: {
    heading: '페이지를 찾을 수 없습니다',
    body: '이 주소에는 페이지가 없습니다. 주소를 잘못 입력했거나 링크가 잘렸을 수 있습니다.',
    elsewhere: '대신 갈 수 있는 곳',
    overview: '행사 개요',
    agendaDay: (day: string) => `일정, ${day}`,
    mou: '양해각서',
    contacts: '연락처',
    agencies: '기관',
    people: '발표자',
    search: '검색',
  },
  error: {
    heading: '문제가 생겼습니다',
    site: '사이트를 표시할 수 없습니다. 링크에는 문제가 없으니 다시 시도해 보세요.',
    page: '이 페이지를 표시할 수 없습니다. 링크에는 문제가 없으니 다시 시도해 보세요.',
    retry: '다시 시도',
    home: '개요로 가기',
  },
};

export default shell;
