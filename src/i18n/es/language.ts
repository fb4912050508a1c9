import type { languageEn } from '../language';

export const languageEs: Record<keyof typeof languageEn, string> = {
  'language.offline': 'No se pudo cargar el español: no hay conexión y aún no se guardó para usarlo sin conexión. Vuelva a intentarlo con conexión.',
  'language.failed': 'No se pudo cargar el idioma. Recargue la página y vuelva a intentarlo.',
};
