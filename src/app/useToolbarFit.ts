import { useCallback, type RefCallback } from 'react';

/**
 * A toolbar whose groups wrap onto two rows still spans all the room flex gives it, and the map's
 * title beside it is cut short for nothing. The returned ref narrows the toolbar to the rows its
 * groups fill, so the title takes the rest; measured again whenever the window or a group's size
 * (e.g. another language) changes, and from scratch each time, so a wider window lets the groups
 * back onto one row.
 */
export function useToolbarFit(): RefCallback<HTMLElement> {
  return useCallback((bar: HTMLElement | null) => {
    if (!bar) return;
    const fit = () => {
      bar.style.maxWidth = '';
      const box = bar.getBoundingClientRect();
      // Hidden (presenting): nothing to fit until it shows again.
      if (box.width === 0) return;
      let right = box.left;
      for (const child of bar.children) {
        const r = child.getBoundingClientRect();
        if (r.width > 0) right = Math.max(right, r.right);
      }
      bar.style.maxWidth = `${Math.ceil(right - box.left)}px`;
    };
    fit();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(fit);
    observer?.observe(bar);
    for (const child of bar.children) observer?.observe(child);
    window.addEventListener('resize', fit);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', fit);
      bar.style.maxWidth = '';
    };
  }, []);
}
