
/** Messages of the keyboard way through the map, Connect to… and the text size control. */
export const keyboardEn = {
  'mapKeys.help':
    'Arrow keys move between actors; Tab walks the relationships of the focused actor; Enter selects, Shift+Enter adds to the selection, C connects two selected actors, Delete removes, Escape clears the selection.',
  'mapKeys.actor': '{type}: {name}, {count, plural, one {# relationship} other {# relationships}}',
  'mapKeys.relationship': '{type}: from {source} to {target}, {decision}',
  'mapKeys.relationshipBoth': '{type}: between {source} and {target}, {decision}',
  'mapKeys.selected': '{text}, selected',

  'connectTo.label': 'Connect to…',
  'connectTo.placeholder': 'Type to find an actor',
  'connectTo.options': 'Actors to connect to',
  'connectTo.none': 'No other actor matches “{query}”.',
  'connectTo.count': '{count, plural, one {# actor found} other {# actors found}}',

  'textSize.label': 'Text size',
  'textSize.small': 'Small',
  'textSize.medium': 'Medium',
  'textSize.large': 'Large',
  'textSize.x-large': 'Extra large',
} as const;

export const keyboardEs: Record<keyof typeof keyboardEn, string> = {
  'mapKeys.help':
    'Las flechas mueven entre actores; Tab recorre las relaciones del actor enfocado; Intro selecciona, Mayús+Intro añade a la selección, C conecta dos actores seleccionados, Supr elimina, Escape vacía la selección.',
  'mapKeys.actor': '{type}: {name}, {count, plural, one {# relación} other {# relaciones}}',
  'mapKeys.relationship': '{type}: de {source} a {target}, {decision}',
  'mapKeys.relationshipBoth': '{type}: entre {source} y {target}, {decision}',
  'mapKeys.selected': '{text}, seleccionado',

  'connectTo.label': 'Conectar con…',
  'connectTo.placeholder': 'Escriba para buscar un actor',
  'connectTo.options': 'Actores con los que conectar',
  'connectTo.none': 'Ningún otro actor coincide con «{query}».',
  'connectTo.count': '{count, plural, one {# actor encontrado} other {# actores encontrados}}',

  'textSize.label': 'Tamaño del texto',
  'textSize.small': 'Pequeño',
  'textSize.medium': 'Mediano',
  'textSize.large': 'Grande',
  'textSize.x-large': 'Muy grande',
};

