const notices = {};

export default notices;
