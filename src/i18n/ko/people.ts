import type { Messages } from '../messages';
import { jobTitleGlosses } from './agenda';

const people: Messages['people'] = {
  listTitle: '발표자',
  listDescription: (count, eventName, names) =>
    `${eventName}에서 발표하거나 세션을 이끈 ${count}명: ${names.join(', ')}. 각 발표자의 발표 내용과 소속 기관의 연락처를 안내합니다.`,
  personDescription: (name, title, organisation, eventName, did) =>
    `${eventName}의 ${name}(${title}, ${organisation}): ${did}.`,
  listIntro:
    '세션에서 발표하거나 세션을 이끈 사람들을 일정 순서대로 안내합니다. 이름과 직함은 보도자료의 영문 표기 그대로 싣습니다.',
  asPublished: '보도자료 표기',
  title: '직함',
  organisation: '소속',
  atEvent: '{event}에서',
  otherPeople: '다른 발표자',
  contactsAt: (shortName) => `${shortName} 연락처`,
  contactsIntro: (shortName) =>
    `보도자료에는 발표자에게 직접 연락할 방법이 나와 있지 않습니다. 아래는 보도자료에 실린 ${shortName}의 책임자와 담당자입니다.`,
  about: (shortName) => `${shortName} 소개`,
  inDirectory: (shortName) => `연락처 목록에서 ${shortName} 보기`,
  notFoundHeading: '해당 발표자가 없습니다',
  notFoundBody: (requested) =>
    `보도자료에서 발표하거나 세션을 이끈 사람 중 “${requested}”에 해당하는 사람이 없습니다. 발표자는 다음과 같습니다.`,
  titleGlosses: jobTitleGlosses,
};

export default people;
