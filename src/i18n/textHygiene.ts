/** Messages about text as typed or opened: dates, blank names, names and types repaired on open. */
export const textHygieneEn = {
  'validation.impossibleDate': 'This date does not exist (check the day and month). The saved date was kept.',
  'problem.emptyFile': '{file} is empty; there is no map in it.',
  'problem.typeByLabel': 'Actor type "{value}" is the name of the built-in type "{type}"; those actors now have that type.',
  'problem.nameConverted': 'Actor {id} had a number as its name ({value}); it was turned into the text "{value}".',
  'problem.nameWrongType': 'Actor {id} had a name that is not text ({value}); it was named "{id}". Rename it.',
  'problem.nameCleaned': 'The name of actor {id} held invisible or control characters; they were removed ("{value}").',
} as const;

export const textHygieneEs: Record<keyof typeof textHygieneEn, string> = {
  'validation.impossibleDate': 'Esta fecha no existe (revise el día y el mes). Se conservó la fecha guardada.',
  'problem.emptyFile': '{file} está vacío; no contiene ningún mapa.',
  'problem.typeByLabel': 'El tipo de actor "{value}" es el nombre del tipo predefinido "{type}"; esos actores tienen ahora ese tipo.',
  'problem.nameConverted': 'El actor {id} tenía un número como nombre ({value}); se convirtió en el texto "{value}".',
  'problem.nameWrongType': 'El actor {id} tenía un nombre que no es texto ({value}); se le llamó "{id}". Cámbiele el nombre.',
  'problem.nameCleaned': 'El nombre del actor {id} tenía caracteres invisibles o de control; se quitaron ("{value}").',
};
