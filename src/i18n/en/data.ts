const data = {
  pageTitle: 'Open data',
  pageDescription: 'The event’s days, people, agencies, contacts and MoU as JSON and CSV, under KOGL Type 1.',
};

export default data;
