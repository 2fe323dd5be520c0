const mou = {
  pageTitle: 'The MoU',
};

export default mou;
