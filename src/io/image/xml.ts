export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/**
 * A colour fit to write into an attribute: `#rrggbb`, else grey. Imports are checked already, but a
 * shared map's types arrive from other browsers unchecked, and the SVG is shown as markup.
 */
export const safeColour = (colour: unknown): string => (typeof colour === 'string' && /^#[0-9a-fA-F]{6}$/.test(colour) ? colour : '#999999');
