import { expect, test } from 'vitest';
import { SCALE_SIZES, generateScaleEvent } from '../bench/scale/generateScaleEvent';
import { dataProblems } from '../src/data/dataProblems';
import { event, source } from '../src/data/event';
import { speakersOf } from '../src/data/eventDataset';
import { context, eventStory, quote } from '../src/data/eventStory';
import { mou } from '../src/data/mou';
import { mouTerms } from '../src/data/mouTerms';
import { worldBank } from '../src/data/organisations';

const scale = generateScaleEvent();

test('the scale event has 300 agenda items over 3 days and 5,000 contacts across 50 agencies', () => {
  expect(scale.days).toHaveLength(3);
  expect(scale.days.flatMap((day) => day.items)).toHaveLength(SCALE_SIZES.agendaItems);
  expect(scale.contacts).toHaveLength(SCALE_SIZES.contacts);
  expect(scale.agencies).toHaveLength(SCALE_SIZES.agencies);
  expect(new Set(scale.contacts.map((contact) => contact.agency)).size).toBe(SCALE_SIZES.agencies);
});

test('it passes the same schema as the real data: unique ids, resolving references, Korean phones', () => {
  const { summaries: itemSummaries, ...data } = scale;
  expect(
    dataProblems({
      ...data,
      people: speakersOf(data.days),
      itemSummaries,
      event,
      eventStory,
      worldBank,
      mou,
      mouTerms,
      context,
      quote,
      source,
    }),
  ).toEqual([]);
});

test('it is the same every time, and other sizes can be asked for', () => {
  expect(generateScaleEvent()).toEqual(scale);
  const small = generateScaleEvent({ agencies: 5, contacts: 1000, agendaItems: 12 });
  expect(small.contacts).toHaveLength(1000);
  expect(small.days.flatMap((day) => day.items)).toHaveLength(12);
});

test('the stand-in data modules export what the real ones do, and agree on the real ids', async () => {
  const pairs = [
    [await import('../src/data/agenda'), await import('../bench/scale/data/agenda')],
    [await import('../src/data/contacts'), await import('../bench/scale/data/contacts')],
    [await import('../src/data/organisations'), await import('../bench/scale/data/organisations')],
    [await import('../src/data/itemSummaries'), await import('../bench/scale/data/itemSummaries')],
  ] as const;
  for (const [real, standIn] of pairs) expect(Object.keys(standIn).sort()).toEqual(Object.keys(real).sort());

  const [, , [realOrganisations, scaleOrganisations], [realSummaries, scaleSummaries]] = pairs;
  expect(scaleSummaries.summaryOf('mou-signing')).toBe(realSummaries.summaryOf('mou-signing'));
  expect(scaleOrganisations.getAgency('kisa')).toEqual(realOrganisations.getAgency('kisa'));
  expect(scaleOrganisations.organisationList(['msit', 'world-bank'])).toBe(
    realOrganisations.organisationList(['msit', 'world-bank']),
  );
  expect(scaleOrganisations.isAgencyId('agency-50')).toBe(true);
  expect(realOrganisations.isAgencyId('agency-50')).toBe(false);
});
