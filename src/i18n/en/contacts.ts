const contacts = {
  pageTitle: 'Contacts',
};

export default contacts;
