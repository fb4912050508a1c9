import { describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n';
import { importDialogEn, importDialogEs } from '../../src/i18n/importDialog';

describe('wording', () => {
  it('the import dialog names the app as the current language does', () => {
    for (const [lang, messages] of [['en', importDialogEn], ['es', importDialogEs]] as const) {
      const name = translate(lang, 'app.title');
      expect(messages['import.format.json']).toContain(name);
      expect(messages['import.format.partnership-web']).toContain(name);
    }
    expect(Object.values(importDialogEs).join('\n')).not.toContain('Partnership Web');
  });

  it('Spanish Fit is not the Adjust decision', () => {
    expect(translate('es', 'toolbar.fit')).toBe('Encuadrar');
    expect(translate('es', 'toolbar.fit')).not.toBe(translate('es', 'quality.decision.adjust'));
  });
});
