import type { keyboardEn } from '../keyboard';

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
