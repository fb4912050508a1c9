// The saved-views panel and presentation mode load together, on first use of either.
export { default as ViewsPanel } from './ViewsPanel';
export { default as Presentation } from '../present/Presentation';
