export const RLO = '\u202E';
export const FSI = '\u2068';
export const PDI = '\u2069';
export const PDF = '\u202C';
