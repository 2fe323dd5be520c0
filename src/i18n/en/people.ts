const people = {
  listTitle: 'People',
  listDescription: (count: number, eventName: string, names: readonly string[]) =>
    `The ${count} people who spoke at or led sessions of ${eventName}: ${names.join(', ')}. What each presented, and whom to contact at their agency.`,
};

export default people;
