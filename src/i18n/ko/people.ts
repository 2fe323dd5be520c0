import type { Messages } from '../messages';

const people: Messages['people'] = {
  listTitle: '발표자',
  listDescription: (count, eventName, names) =>
    `${eventName}에서 발표하거나 세션을 이끈 ${count}명: ${names.join(', ')}. 각자 무엇을 발표했는지, 소속 기관의 연락처는 누구인지 안내합니다.`,
};

export default people;
