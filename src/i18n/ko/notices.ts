import type { Messages } from '../messages';

const notices: Messages['notices'] = {
  readers: {
    search: '검색 페이지',
    directory: '연락처 목록',
  },
  unreadKeys: (_count, reader, keys, readKeys) =>
    `이 링크에는 ${reader}에서 쓰지 않는 부분이 있어 제외했습니다: ${keys}. ${reader}에서 쓰는 부분은 ${readKeys}입니다.`,
  repeatedKeys: (keys) => `이 링크에는 ${keys} 값이 여러 개 있어 하나로 합쳤습니다.`,
  unknownAgencies: (_count, values, known) =>
    `이 링크에는 알 수 없는 기관이 있어 제외했습니다: ${values}. 알려진 기관은 ${known}입니다.`,
  noLetters: (query) => `“${query}”에는 검색할 글자나 숫자가 없습니다`,
  tooShort: '로마자나 숫자는 두 자 이상 입력해야 검색할 수 있습니다',
};

export default notices;
