const agenda = {};

export default agenda;
