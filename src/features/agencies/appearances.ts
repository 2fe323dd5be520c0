import type { AgendaItem, EventDay, OrganisationId, Speaker } from '../../data/types';

export interface Appearance {
  day: EventDay;
  item: AgendaItem;
  /** The organisation's own speakers at the item; none at a signing or ceremony. */
  speakers: Speaker[];
}

/** Every agenda item the organisation spoke at or took part in, in programme order. */
export function appearancesOf(organisation: OrganisationId, days: readonly EventDay[]): Appearance[] {
  return days.flatMap((day) =>
    day.items
      .filter(
        (item) =>
          item.organisations.includes(organisation) ||
          item.speakers.some((speaker) => speaker.organisation === organisation),
      )
      .map((item) => ({
        day,
        item,
        speakers: item.speakers.filter((speaker) => speaker.organisation === organisation),
      })),
  );
}
