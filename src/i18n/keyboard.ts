
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
