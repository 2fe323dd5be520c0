const search = {
  pageDescription: (eventName: string) =>
    `Search ${eventName}: the programme, speakers, agencies, contacts and the MoU’s areas of cooperation.`,
  pageTitle: (query: string) => (query ? `Search: ${query}` : 'Search'),
};

export default search;
