import { formatCount } from '../formatCount';
import type { Messages } from '../messages';

const n = (count: number) => formatCount(count, 'ko');

const data: Messages['data'] = {
  pageTitle: '공공데이터',
  pageDescription:
    '행사의 일정, 발표자, 기관, 연락처와 양해각서를 JSON과 CSV로 제공합니다. 공공누리 제1유형(출처표시)에 따라 이용할 수 있습니다.',
  lede: '이 사이트에 나오는 모든 내용을 재사용할 수 있는 파일로 제공합니다. 행사 전체는 JSON 파일과 그 JSON 스키마로, 연락처와 일정은 CSV 파일로 받을 수 있습니다. 파일은 사이트를 빌드할 때마다 이 페이지와 같은 데이터로 생성됩니다.',
  downloads: '내려받기',
  csvFormat:
    'CSV 파일은 RFC 4180을 따릅니다. 첫 행은 머리글이고, 필드는 쉼표로 구분하며, 필요한 필드는 따옴표로 감싸고, 모든 행은 CR LF로 끝납니다. 엑셀에서 기관의 한글 이름이 제대로 보이도록 바이트 순서 표시(BOM)가 있는 UTF-8로 저장했습니다.',
  files: {
    json: {
      label: '행사 전체',
      holds: '일정별 항목, 발표자, 기관, 연락처, 양해각서와 그 내용, 배경, 출처를 담았습니다.',
    },
    schema: {
      label: 'JSON 스키마',
      holds: 'JSON 파일의 모든 필드와 각 필드의 형식, 패턴을 JSON Schema draft 2020-12로 기술합니다.',
    },
    contacts: {
      label: '연락처',
      holds:
        '연락처 한 명당 한 행이며, 기관의 영문 이름과 한글 이름, 보도자료에 실린 전화번호를 국제 형식과 tel: 링크로 함께 담았습니다.',
    },
    agenda: {
      label: '일정',
      holds: '항목 하나당 한 행이며, 날짜별로 보도자료의 순서를 따르고 발표자와 요약을 함께 담았습니다.',
    },
  },
  holdsHeading: '담긴 내용',
  holds: (counts) =>
    `일정 ${n(counts.days)}일과 항목 ${n(counts.items)}개, 발표하거나 세션을 이끈 ${n(counts.people)}명, 기관 ${n(counts.agencies)}곳, 연락처 ${n(counts.contacts)}명, 그리고 협력 분야 ${n(counts.areas)}개를 담은 양해각서가 들어 있습니다. 모든 사실은 보도자료에서 가져왔으며, 기관의 한글 이름은 보도자료에는 없는 각 기관의 공식 명칭입니다.`,
  noFrab:
    '보도자료에는 세션 시간, 진행 시간, 회의실, 장소, 이메일 주소가 없으며 데이터에도 없습니다. 콘퍼런스 앱이 읽는 frab 형식의 일정표를 제공하지 않는 것도 이 때문입니다. frab 형식에는 세션마다 시작 시간, 진행 시간, 회의실이 필요한데, 이를 지어내면 잘못된 정보를 주게 됩니다.',
  licenceHeading: '이용 조건과 출처 표시',
  licence: (publisher) =>
    `보도자료는 ${publisher}가 공공누리 제1유형(출처표시) 조건으로 공개했습니다. 출처를 표시하면 상업적 이용을 포함해 복제, 변경, 배포할 수 있습니다. 다음과 같이 출처를 표시하세요.`,
  credit: (publisher) => `출처: ${publisher}, 보도자료 “{title}”, 공공누리 제1유형(출처표시)`,
  linkToRelease: {
    before: '또한 ',
    link: '과학기술정보통신부 영문 사이트의 보도자료',
    after: '로 가는 링크를 걸어 주세요.',
  },
  idsHeading: '고정 식별자',
  ids: '모든 날짜, 항목, 발표자, 기관, 연락처에는 식별자가 있으며, 이 사이트의 주소도 같은 식별자를 씁니다. 식별자는 다른 대상에 다시 쓰지 않으므로 식별자로 만든 링크는 계속 작동합니다.',
  idKinds: {
    day: ['날짜', '해당 날짜(예: 2023-03-22)'],
    item: ['일정 항목', '모든 날에 걸쳐 고유한 슬러그'],
    person: ['발표자', '영문 이름의 슬러그'],
    agency: ['기관', '소문자로 쓴 약칭'],
    contact: ['연락처', '영문 이름의 슬러그'],
  },
};

export default data;
