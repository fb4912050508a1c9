import type { MessageKey } from '../../i18n';
import { useT } from '../../ui/useT';
import type { Problem } from '../../io/problems';

/** Problems shown in full; the rest are counted. */
export const SHOWN_PROBLEMS = 200;

/**
 * Every problem of an import in the user's language: each message names the file, row, column and
 * value, and says what was done or what to do. Text only: nothing from a file is rendered as HTML.
 */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const { t } = useT();
  const listed = problems.filter((p) => p.key !== 'csv.moreProblems');
  const uncounted = problems.filter((p) => p.key === 'csv.moreProblems').reduce((sum, p) => sum + (Number(p.params?.count) || 0), 0);
  const shown = listed.slice(0, SHOWN_PROBLEMS);
  const rest = listed.length - shown.length + uncounted;
  const total = listed.length + uncounted;
  return (
    <section className="import-section" aria-labelledby="import-problems-title">
      <h3 id="import-problems-title">{t('import.problems', { count: total })}</h3>
      {total === 0 ? (
        <p className="import-ok">{t('import.problems.none')}</p>
      ) : (
        <ol className="import-problems">
          {shown.map((p, i) => (
            <li key={i} className={p.fatal ? 'fatal' : 'warning'}>
              <span className="import-badge">{t(p.fatal ? 'import.problem.fatal' : 'import.problem.warning')}</span>
              <span className="import-problem-text">{t(p.key as MessageKey, p.params)}</span>
            </li>
          ))}
          {rest > 0 && <li className="more">{t('import.problems.more', { count: rest })}</li>}
        </ol>
      )}
    </section>
  );
}
