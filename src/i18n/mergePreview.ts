/**
 * Messages of the merge preview (which incoming actor is which map actor) and of the map-level
 * facts a CSV bundle or an opened file carries. They load with the import dialog (lazyImport.ts).
 */
export const mergePreviewEn = {
  'merge.sameMap': 'These files come from this same map: actors are matched by their ids.',
  'merge.otherMap': 'These files come from another map: actors are matched by name (ignoring case, accents and spaces) and type, never by id.',
  'merge.matches': 'Already in the map ({count})',
  'merge.matches.hint': 'A merge keeps the map’s actor and links the new relationships to it.',
  'merge.match.byName': '“{name}” is “{existing}”',
  'merge.match.byId': '“{name}” is “{existing}” (same id)',
  'merge.newActors': 'New actors ({count})',
  'merge.newActor': '“{name}” ({type})',
  'merge.conflicts': 'Conflicts ({count})',
  'merge.conflicts.hint': 'Check these before merging; nothing has changed yet.',
  'merge.conflict.type': '“{name}” ({type}) has the name of “{existing}” ({existingType}) in the map, but not its type: it is added as a separate actor.',
  'merge.conflict.foreignType': '“{name}” ({type}) is linked to “{existing}” ({existingType}) of the map: “{type}” is not one of the map’s types, so the map’s type is kept.',
  'merge.conflict.ambiguous': '“{name}” ({type}) fits {count} actors of the map: its relationships are linked to the first, “{existing}”.',
  'merge.more': 'and {count} more',
  'import.file.mapInfo': 'map title and description',
} as const;

export const mergePreviewEs: Record<keyof typeof mergePreviewEn, string> = {
  'merge.sameMap': 'Estos archivos son de este mismo mapa: los actores se reconocen por su id.',
  'merge.otherMap': 'Estos archivos son de otro mapa: los actores se reconocen por nombre (sin distinguir mayúsculas, acentos ni espacios) y tipo, nunca por id.',
  'merge.matches': 'Ya en el mapa ({count})',
  'merge.matches.hint': 'Al combinar se conserva el actor del mapa y se le enlazan las relaciones nuevas.',
  'merge.match.byName': '«{name}» es «{existing}»',
  'merge.match.byId': '«{name}» es «{existing}» (mismo id)',
  'merge.newActors': 'Actores nuevos ({count})',
  'merge.newActor': '«{name}» ({type})',
  'merge.conflicts': 'Conflictos ({count})',
  'merge.conflicts.hint': 'Revíselos antes de combinar; todavía no ha cambiado nada.',
  'merge.conflict.type': '«{name}» ({type}) se llama como «{existing}» ({existingType}) del mapa, pero no es del mismo tipo: se añade como un actor aparte.',
  'merge.conflict.foreignType': '«{name}» ({type}) se enlaza a «{existing}» ({existingType}) del mapa: «{type}» no es uno de los tipos del mapa, así que se conserva el tipo del mapa.',
  'merge.conflict.ambiguous': '«{name}» ({type}) coincide con {count} actores del mapa: sus relaciones se enlazan al primero, «{existing}».',
  'merge.more': 'y {count} más',
  'import.file.mapInfo': 'título y descripción del mapa',
};
