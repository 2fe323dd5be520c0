import { expect, test } from 'vitest';
import { smallStandIns } from '../bench/small/smallDataset';
import { smallEvent } from '../bench/small/smallEvent';
import { dataProblems } from '../src/data/dataProblems';
import { source } from '../src/data/event';
import { speakersOf } from '../src/data/eventDataset';
import { mouTerms } from '../src/data/mouTerms';
import { agencies as realAgencies, worldBank } from '../src/data/organisations';
import { days as realDays } from '../src/data/agenda';

test('the small event passes the same schema and checks as the real data', () => {
  const { event, agencies, contacts, days, summaries, mou, eventStory, context, quote } = smallEvent;
  expect(
    dataProblems({
      ...{ event, agencies, contacts, days, mou, eventStory, context, quote, worldBank, mouTerms, source },
      people: speakersOf(days),
      itemSummaries: summaries,
    }),
  ).toEqual([]);
});

test('it is another event: no real day, agency or item', () => {
  const realIds = new Set<string>([
    ...realDays.map((day) => day.id),
    ...realDays.flatMap((day) => day.items.map((item) => item.slug)),
    ...realAgencies.flatMap((agency) => [agency.id, agency.name, agency.nameKo]),
  ]);
  const smallIds = [
    ...smallEvent.days.map((day) => day.id),
    ...smallEvent.days.flatMap((day) => day.items.map((item) => item.slug)),
    ...smallEvent.agencies.flatMap((agency) => [agency.id, agency.name, agency.nameKo]),
  ];
  expect(smallIds.filter((id) => realIds.has(id))).toEqual([]);
});

test('each stand-in exports what the real module does', async () => {
  const real = import.meta.glob('../src/data/*.ts');
  const standIns = import.meta.glob('../bench/small/data/*.ts');
  for (const [realPath, standInPath] of Object.entries(smallStandIns)) {
    const [realModule, standIn] = await Promise.all([real[`../${realPath}`]?.(), standIns[`../${standInPath}`]?.()]);
    expect(Object.keys(standIn as object).sort(), standInPath).toEqual(Object.keys(realModule as object).sort());
  }
});
