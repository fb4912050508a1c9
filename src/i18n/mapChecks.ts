/**
 * Messages about what opening a map file repaired or left out, and the framework rule that not every
 * weight may be 0. They load with the app: Open and the framework editor need them.
 */
export const mapChecksEn = {
  'quality.framework.weightsAllZero': 'At least one dimension must weigh more than 0: with every weight at 0 no relationship could be scored.',
  'quality.framework.weightsAllZeroNow': 'Every weight is 0, so every dimension counts equally until one weighs more than 0.',
  'problem.zeroWeights': 'Every dimension of the quality framework had weight 0, so no relationship could be scored; each now weighs 1.',
  'problem.actorsObject': 'The actors were written as an object keyed by id instead of a list; {count} actors were read from it.',
  'problem.scoreRepaired': 'Relationship {id}, assessment {assessment}: the score for "{dimension}" was written as text "{value}"; it was read as {score}.',
  'problem.scoreDropped': 'Relationship {id}, assessment {assessment}: the score for "{dimension}" is "{value}", not a whole number from 1 to 5; it was left as not assessed.',
  'problem.badDate': 'Relationship {id}, assessment {assessment}: the date "{value}" is not a date (YYYY-MM-DD); it was left empty, so this assessment counts as the oldest.',
  'problem.notAnObject': '{what} number {index} is not a record ({value}); it was left out.',
  'open.problems.title': 'Opened “{title}” with {count} problems',
  'open.problems.titleOne': 'Opened “{title}” with 1 problem',
  'open.problems.intro': 'The map is open. These values in the file could not be used as they were: check them on the map, or fix the file and open it again.',
  'open.problems.close': 'Close',
} as const;

export const mapChecksEs: Record<keyof typeof mapChecksEn, string> = {
  'quality.framework.weightsAllZero': 'Al menos una dimensión debe pesar más que 0: con todos los pesos en 0 no se podría puntuar ninguna relación.',
  'quality.framework.weightsAllZeroNow': 'Todos los pesos están en 0, así que todas las dimensiones cuentan igual hasta que una pese más que 0.',
  'problem.zeroWeights': 'Todas las dimensiones del marco de calidad tenían peso 0, así que ninguna relación se podía puntuar; ahora cada una pesa 1.',
  'problem.actorsObject': 'Los actores estaban escritos como un objeto con claves de id en lugar de una lista; se leyeron {count} actores.',
  'problem.scoreRepaired': 'Relación {id}, evaluación {assessment}: la puntuación de «{dimension}» estaba escrita como texto «{value}»; se leyó como {score}.',
  'problem.scoreDropped': 'Relación {id}, evaluación {assessment}: la puntuación de «{dimension}» es «{value}», no un número entero de 1 a 5; quedó como no evaluada.',
  'problem.badDate': 'Relación {id}, evaluación {assessment}: la fecha «{value}» no es una fecha (AAAA-MM-DD); quedó vacía, así que esta evaluación cuenta como la más antigua.',
  'problem.notAnObject': '{what} número {index} no es un registro ({value}); se dejó fuera.',
  'open.problems.title': 'Se abrió «{title}» con {count} problemas',
  'open.problems.titleOne': 'Se abrió «{title}» con 1 problema',
  'open.problems.intro': 'El mapa está abierto. Estos valores del archivo no se pudieron usar tal cual: revíselos en el mapa, o corrija el archivo y vuelva a abrirlo.',
  'open.problems.close': 'Cerrar',
};
