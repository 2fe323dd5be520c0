import type { Messages } from '../messages';

const notices: Messages['notices'] = {
  unreadKeys: (_count, reader, keys, readKeys) =>
    `이 링크에는 ${reader}에서 쓰지 않는 부분이 있어 제외했습니다: ${keys}. ${reader}에서 쓰는 부분은 ${readKeys}입니다.`,
  repeatedKeys: (keys) => `이 링크에는 ${keys} 값이 여러 개 있어 하나로 합쳤습니다.`,
  noLetters: (query) => `“${query}”에는 검색할 글자나 숫자가 없습니다`,
  tooShort: '로마자나 숫자는 두 자 이상 입력해야 검색할 수 있습니다',
};

export default notices;
