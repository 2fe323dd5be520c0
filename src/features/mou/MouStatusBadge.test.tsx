import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { mou } from '../../data/mou';
import { loadMessages } from '../../i18n/catalogue';
import { MouStatusBadge } from './MouStatusBadge';

beforeAll(() => loadMessages('en', 'mou'));

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

test('prerendered on the build date, the status hydrates without a mismatch and then shows today’s', async () => {
  vi.stubEnv('BUILD_DATE', '2026-11-27');
  const container = document.createElement('div');
  container.innerHTML = renderToString(<MouStatusBadge agreement={mou} locale="en" />);
  expect(container).toHaveTextContent('3-year term ran to 21 March 2026 The release says nothing of renewal.');
  expect(container).not.toHaveTextContent(/expired/i);

  const errors = vi.spyOn(console, 'error');
  vi.useFakeTimers({ now: new Date('2025-06-01T09:00:00Z'), toFake: ['Date'] });
  const root = await act(async () => hydrateRoot(container, <MouStatusBadge agreement={mou} locale="en" />));
  expect(container).toHaveTextContent('In effect until 21 March 2026');
  expect(errors).not.toHaveBeenCalled();
  act(() => root.unmount());
  vi.unstubAllEnvs();
});

test('in Korean, the term’s end is a Korean date, and the release’s silence on renewal is said in Korean', async () => {
  await loadMessages('ko', 'mou');
  vi.stubEnv('BUILD_DATE', '2026-11-27');
  const container = document.createElement('div');
  container.innerHTML = renderToString(<MouStatusBadge agreement={mou} locale="ko" />);
  expect(container).toHaveTextContent('3년 기한: 2026년 3월 21일에 종료 보도자료는 갱신 여부를 밝히지 않았습니다.');
  vi.unstubAllEnvs();
});
