import type { Messages } from '../messages';

const agenda: Messages['agenda'] = {
  // Draft from the search branch (helper C): helper A's agenda catalogue replaces it.
  summaries: {
    'welcoming-remarks': '사흘간의 행사는 세계은행 부총재 두 명의 환영사로 시작했습니다.',
    'mou-signing':
      '개막식에서 과학기술정보통신부와 세계은행은 디지털 개발 분야에서 상호 호혜적인 협력을 증진하기 위한 양해각서를 체결했습니다.',
    'national-digital-strategy':
      '뉴욕 구상을 소개하는 것으로 시작해, 한국의 국가 디지털 전략과 새로운 디지털 질서를 세우기 위한 방안을 자세히 설명했습니다.',
    'ai-for-participation-solidarity-and-prosperity':
      '클라우드 인프라와 분야별 AI 접목으로 AI 산업을 키우려는 한국의 노력을 고성능 컴퓨팅(HPC)과 서비스형 소프트웨어(SaaS) 사례와 함께 소개하고, AI 교육과 공적개발원조(ODA)에서 한국과 세계은행이 협력할 방안을 공유했습니다.',
    'a-new-journey-to-digital-platform-government':
      '세계적인 사회 문제를 해결하기 위한, AI와 데이터 기반 디지털플랫폼정부에 관한 한국의 정책.',
    'enhancing-cyber-security-and-resilience': '한국의 사이버 보안 정책 모델과 사이버 보안 분야의 국제 협력 활동.',
    'growth-of-the-data-industry':
      '빨라지는 디지털 전환 속에서 데이터 관련 기회를 활용하고 데이터 격차를 줄이기 위한 방안.',
    'closing-ceremony': '세계은행이 이끈 폐회식으로 행사를 마무리했습니다.',
  },
};

export default agenda;
