import type { mapChecksEn } from '../mapChecks';

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
