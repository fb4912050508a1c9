import type { textHygieneEn } from '../textHygiene';

export const textHygieneEs: Record<keyof typeof textHygieneEn, string> = {
  'validation.impossibleDate': 'Esta fecha no existe (revise el día y el mes). Se conservó la fecha guardada.',
  'problem.emptyFile': '{file} está vacío; no contiene ningún mapa.',
  'problem.typeByLabel': 'El tipo de actor "{value}" es el nombre del tipo predefinido "{type}"; esos actores tienen ahora ese tipo.',
  'problem.nameConverted': 'El actor {id} tenía un número como nombre ({value}); se convirtió en el texto "{value}".',
  'problem.nameWrongType': 'El actor {id} tenía un nombre que no es texto ({value}); se le llamó "{id}". Cámbiele el nombre.',
  'problem.nameCleaned': 'El nombre del actor {id} tenía caracteres invisibles o de control; se quitaron ("{value}").',
};
