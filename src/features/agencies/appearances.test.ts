import { expect, test } from 'vitest';
import { days } from '../../data/agenda';
import { agencies } from '../../data/organisations';
import { appearancesOf } from './appearances';

const summary = (agency: Parameters<typeof appearancesOf>[0]) =>
  appearancesOf(agency, days).map(({ day, item, speakers }) => [day.id, item.slug, speakers.map((s) => s.name)]);

test('KISA presented once, on day 2, through its President', () => {
  expect(summary('kisa')).toEqual([['2023-03-22', 'enhancing-cyber-security-and-resilience', ['Lee Won Tae']]]);
});

test('MSIT signed the MoU and then presented, both on day 1', () => {
  expect(summary('msit')).toEqual([
    ['2023-03-21', 'mou-signing', []],
    ['2023-03-21', 'national-digital-strategy', ['Ryu Kwang Jun']],
  ]);
});

test('each of NIPA, NIA and K-Data has its one talk', () => {
  expect(summary('nipa')).toEqual([
    ['2023-03-21', 'ai-for-participation-solidarity-and-prosperity', ['Hur Sung-Wook']],
  ]);
  expect(summary('nia')).toEqual([['2023-03-22', 'a-new-journey-to-digital-platform-government', ['Hwang Jong Sung']]]);
  expect(summary('k-data')).toEqual([['2023-03-23', 'growth-of-the-data-industry', ['Yoon Heajeang']]]);
});

test('every agency appears at least once', () => {
  for (const agency of agencies) expect(appearancesOf(agency.id, days).length, agency.id).toBeGreaterThan(0);
});

test('the World Bank gave the welcome, signed the MoU and led the closing', () => {
  expect(summary('world-bank')).toEqual([
    ['2023-03-21', 'welcoming-remarks', ['Guangzhe Chen', 'Manuela V. Ferro']],
    ['2023-03-21', 'mou-signing', []],
    ['2023-03-23', 'closing-ceremony', []],
  ]);
});
