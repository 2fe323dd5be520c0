import { expect, test } from 'vitest';
import { caseVariants } from './caseVariants';

test('each segment in capitals, capitalised and capitalised word by word, never the path itself', () => {
  expect(caseVariants('/agencies/k-data')).toEqual([
    '/agencies/K-DATA',
    '/agencies/K-data',
    '/agencies/K-Data',
    '/AGENCIES/k-data',
    '/AGENCIES/K-DATA',
    '/AGENCIES/K-data',
    '/AGENCIES/K-Data',
    '/Agencies/k-data',
    '/Agencies/K-DATA',
    '/Agencies/K-data',
    '/Agencies/K-Data',
  ]);
});

test('segments without letters have one spelling, and the root has no slips', () => {
  expect(caseVariants('/agenda/2023-03-22')).toEqual(['/AGENDA/2023-03-22', '/Agenda/2023-03-22']);
  expect(caseVariants('/')).toEqual([]);
});
