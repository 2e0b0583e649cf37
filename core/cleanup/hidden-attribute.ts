/** The mark on every page element Legible hides; the sentinel's one stylesheet hides what has it. */
export const HIDDEN_ATTRIBUTE = 'data-legible-hidden';
