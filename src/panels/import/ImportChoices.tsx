import type { MessageKey } from '../../i18n';
import { useT } from '../../ui/useT';
import type { ImportChoices as Choices, ImportOffers } from '../../io/worker/protocol';

const ROWS: ReadonlyArray<{ choice: keyof Choices; offer: keyof ImportOffers; label: MessageKey; hint: MessageKey }> = [
  { choice: 'acceptMalformedRows', offer: 'malformedRows', label: 'import.choice.malformed', hint: 'import.choice.malformed.hint' },
  { choice: 'mergeSimilarNames', offer: 'similarNames', label: 'import.choice.similar', hint: 'import.choice.similar.hint' },
  { choice: 'ambiguousIdsToFirst', offer: 'ambiguousIds', label: 'import.choice.sharedIds', hint: 'import.choice.sharedIds.hint' },
];

/**
 * The preview's decisions on rows the files leave in doubt: each is offered only when the files
 * have such rows, off by default (the safe reading), and reading again follows the box at once.
 */
export function ImportChoices({ offers, choices, busy, onChoice }: {
  offers: ImportOffers;
  choices: Choices;
  busy: boolean;
  onChoice(choice: keyof Choices, on: boolean): void;
}) {
  const { t } = useT();
  const shown = ROWS.filter((r) => offers[r.offer] > 0 || choices[r.choice]);
  if (shown.length === 0) return null;
  return (
    <fieldset className="import-missing import-choices">
      <legend>{t('import.choices')}</legend>
      {shown.map((r) => (
        <div key={r.choice}>
          <label>
            <input type="checkbox" checked={choices[r.choice] === true} disabled={busy} onChange={(e) => onChoice(r.choice, e.target.checked)} />
            {t(r.label, { count: offers[r.offer] })}
          </label>
          <p className="import-hint">{t(r.hint)}</p>
        </div>
      ))}
    </fieldset>
  );
}
