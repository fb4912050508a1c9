/** What a key does in presentation mode; null lets the key through. */
export type PresentKey = 'next' | 'previous' | 'first' | 'last' | 'leave' | 'swallow';

export function presentKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): PresentKey | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  // Space and Enter on a focused button press it, as anywhere else.
  const onButton = event.target instanceof HTMLElement && event.target.closest('button') !== null;
  switch (event.key) {
    case 'ArrowRight': case 'ArrowDown': case 'PageDown': return 'next';
    case ' ': return onButton ? null : 'next';
    case 'ArrowLeft': case 'ArrowUp': case 'PageUp': return 'previous';
    case 'Home': return 'first';
    case 'End': return 'last';
    case 'Escape': return 'leave';
    // Already presenting: F5 must not reload the page under the audience.
    case 'F5': return 'swallow';
    default: return null;
  }
}
