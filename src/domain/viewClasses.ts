/**
 * Canvas classes of a shown view: elements outside its highlight are dimmed, those in it marked.
 * A module of their own: pictures (loaded with the app) read them without the views code.
 */
export const VIEW_DIMMED = 'view-dimmed';
export const VIEW_HIGHLIGHT = 'view-highlight';
