import { describe, expect, test } from 'vitest';
import { findDay } from './agenda';
import { agenciesRelatedTo, agencyAreas, relationsOf } from './agencyAreas';
import { mou } from './mou';
import { mouTerms } from './mouTerms';
import { agencies } from './organisations';
import type { AgencyAreaRelation } from './types';
import { summaryOf } from './itemSummaries';

function evidenceText(relation: AgencyAreaRelation): string {
  if (relation.evidence.kind === 'mou-purpose') return mouTerms.purpose.join(' ');
  const { day, slug } = relation.evidence;
  const item = findDay(day)?.items.find((candidate) => candidate.slug === slug);
  return item ? [item.title ?? item.topic, summaryOf(item.slug)].join(' ') : '';
}

describe('agency ↔ MoU area relations', () => {
  test('every agency has at least one, and no pair is listed twice', () => {
    for (const agency of agencies) expect(relationsOf(agency.id).length, agency.id).toBeGreaterThan(0);
    const pairs = agencyAreas.map((relation) => `${relation.agency}:${relation.area}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  test('every area named is one of the MoU’s areas', () => {
    for (const relation of agencyAreas) expect(mou.areas).toContain(relation.area);
  });

  test('an agenda item given as evidence is one the agency took part in', () => {
    for (const relation of agencyAreas) {
      if (relation.evidence.kind !== 'agenda-item') continue;
      const { day, slug } = relation.evidence;
      const item = findDay(day)?.items.find((candidate) => candidate.slug === slug);
      expect(item, slug).toBeDefined();
      const takingPart = [...(item?.organisations ?? []), ...(item?.speakers ?? []).map((s) => s.organisation)];
      expect(takingPart, slug).toContain(relation.agency);
    }
  });

  test('the MoU’s purpose is evidence only for a party to the MoU', () => {
    for (const relation of agencyAreas) {
      if (relation.evidence.kind === 'mou-purpose') expect(mou.parties).toContain(relation.agency);
    }
  });

  test('every phrase a basis quotes appears in its evidence, word for word', () => {
    for (const relation of agencyAreas) {
      const quoted = [...relation.basis.matchAll(/“([^”]+)”/g)].map((match) => match[1] ?? '');
      const text = evidenceText(relation).replace(/[“”]/g, '');
      for (const phrase of quoted) {
        expect(text, `${relation.agency} / ${relation.area}`).toContain(phrase.replace(/[“”]/g, ''));
      }
    }
  });

  test('KISA relates to cyber security only; cyber security relates to MSIT and KISA', () => {
    expect(relationsOf('kisa').map((relation) => relation.area)).toEqual(['Cyber security']);
    expect(agenciesRelatedTo('Cyber security')).toEqual(['msit', 'kisa']);
    expect(agenciesRelatedTo('Broadcasting')).toEqual([]);
  });
});
