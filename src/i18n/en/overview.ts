const overview = {};

export default overview;
