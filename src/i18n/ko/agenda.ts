import type { Messages } from '../messages';

// Placeholder from the search branch (helper C), with helper A's draft text:
// helper A's agenda catalogue replaces it on merge.
const agenda: Messages['agenda'] = {
  summaries: {
    'welcoming-remarks': '사흘간의 행사는 세계은행 부총재 두 사람의 환영사로 시작했습니다.',
    'mou-signing':
      '개막식에서 과학기술정보통신부와 세계은행은 디지털 개발 분야의 호혜적 협력을 증진하기 위한 양해각서에 서명했습니다.',
    'national-digital-strategy':
      '뉴욕 구상을 소개하는 것으로 시작해, 한국의 국가 디지털 전략과 새로운 디지털 질서를 확립하기 위한 방안을 자세히 설명했습니다.',
    'ai-for-participation-solidarity-and-prosperity':
      '클라우드 인프라와 분야별 AI 융합으로 AI 산업을 키우려는 한국의 노력을 고성능 컴퓨팅(HPC)과 서비스형 소프트웨어(SaaS) 사례와 함께 소개하고, AI 교육과 공적개발원조(ODA) 분야에서 한국과 세계은행이 협력할 방안을 공유했습니다.',
    'a-new-journey-to-digital-platform-government':
      '글로벌 사회 문제 해결을 위한, AI와 데이터 기반 디지털플랫폼정부에 관한 한국의 정책을 다룹니다.',
    'enhancing-cyber-security-and-resilience':
      '한국의 사이버 보안 정책 모델과 사이버 보안 분야의 국제 협력 활동을 다룹니다.',
    'growth-of-the-data-industry':
      '디지털 전환이 빨라지는 가운데 데이터 관련 기회를 활용하고 데이터 격차를 좁히기 위한 방안을 다룹니다.',
    'closing-ceremony': '행사는 세계은행이 주관한 폐회식으로 마무리되었습니다.',
  },
  topics: {
    'welcoming-remarks': '환영사',
    'mou-signing': '디지털 개발 협력 양해각서 서명',
    'national-digital-strategy': '뉴욕 구상과 한국의 국가 디지털 전략',
    'ai-for-participation-solidarity-and-prosperity': 'AI 기조연설',
    'a-new-journey-to-digital-platform-government': '디지털플랫폼정부 발표',
    'enhancing-cyber-security-and-resilience': '사이버 보안 발표',
    'growth-of-the-data-industry': '데이터 산업 발표',
    'closing-ceremony': '폐회식',
  },
  titleGlosses: {
    'ai-for-participation-solidarity-and-prosperity': '참여·연대·번영을 위한 AI',
    'a-new-journey-to-digital-platform-government': '디지털플랫폼정부를 향한 새로운 여정',
    'enhancing-cyber-security-and-resilience': '사이버 보안과 복원력 강화',
    'growth-of-the-data-industry':
      '데이터 산업의 성장 지원과 데이터의 사회적 활용 증진을 통한 한국의 경제·사회 혁신 기여',
  },
  jobTitleGlosses: {
    'Vice President for Infrastructure': '인프라 담당 부총재',
    'Vice President for East Asia and Pacific': '동아시아·태평양 담당 부총재',
    'Deputy Minister': '차관',
    President: '원장',
    'Minister of Science and ICT': '과학기술정보통신부 장관',
  },
  kinds: {
    remarks: '인사말',
    signing: '서명',
    presentation: '발표',
    keynote: '기조연설',
    ceremony: '식',
  },
};

export default agenda;
