/** Messages of the import preview's decisions about rows the files leave in doubt (load with the dialog). */
export const importChoicesEn = {
  'import.choices': 'Your decisions',
  'import.choice.malformed': 'Keep malformed rows ({count})',
  'import.choice.malformed.hint': 'Rows with more cells than headers, often a comma inside a name that is not in quotes. Kept, they lose their extra cells and may have shifted columns.',
  'import.choice.similar': 'Merge look-alike names ({count})',
  'import.choice.similar.hint': 'Names that differ only in capitals, accents, spaces or hidden characters, listed below. Merged, each group becomes one actor.',
  'import.choice.sharedIds': 'Use the first actor for shared ids ({count})',
  'import.choice.sharedIds.hint': 'Several actor rows have the same id, and relationships name it. Otherwise those relationships are left out.',
} as const;

export const importChoicesEs: Record<keyof typeof importChoicesEn, string> = {
  'import.choices': 'Sus decisiones',
  'import.choice.malformed': 'Conservar filas mal formadas ({count})',
  'import.choice.malformed.hint': 'Filas con más celdas que encabezados, a menudo por una coma dentro de un nombre sin comillas. Si se conservan, pierden las celdas sobrantes y sus columnas pueden estar desplazadas.',
  'import.choice.similar': 'Unir nombres parecidos ({count})',
  'import.choice.similar.hint': 'Nombres que solo difieren en mayúsculas, tildes, espacios o caracteres ocultos, listados abajo. Si se unen, cada grupo pasa a ser un solo actor.',
  'import.choice.sharedIds': 'Usar el primer actor en ids compartidos ({count})',
  'import.choice.sharedIds.hint': 'Varias filas de actores tienen el mismo id y hay relaciones que lo nombran. Si no, esas relaciones se dejan fuera.',
};
