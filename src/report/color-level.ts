/** Colour depth of a stream: 0 for plain text (NO_COLOR, a pipe, a CI log), up to 3 for full colour. */
export type ColorLevel = 0 | 1 | 2 | 3;
