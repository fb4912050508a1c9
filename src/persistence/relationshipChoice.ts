/** The relationship type and direction the user chose last: new relationships start from it. */
export interface RelationshipChoice {
  type: string;
  directed: boolean;
}

const KEY = 'partnership-web.new-relationship';

export function loadRelationshipChoice(): RelationshipChoice | null {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (raw && typeof raw === 'object' && 'type' in raw && 'directed' in raw) {
      const { type, directed } = raw as Record<string, unknown>;
      if (typeof type === 'string' && typeof directed === 'boolean') return { type, directed };
    }
  } catch {
    // Blocked storage or a damaged value: start from the map's own default.
  }
  return null;
}

export function saveRelationshipChoice(choice: RelationshipChoice): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(choice));
  } catch {
    // Not remembering the choice is harmless.
  }
}
