import type { MessageKey } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { useT } from '../../ui/useT';
import type { FileSummary, ImportOutcome, MergePreview } from '../../io/worker/protocol';
import { MergeLists } from './MergeLists';

const ENCODING: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (BOM)',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
};

function useFileLine() {
  const { t } = useT();
  return (f: FileSummary): string => {
    const parts = [t(f.table ? (`import.file.${f.table}` as MessageKey) : 'import.file.unknown')];
    if (f.table !== 'map') parts.push(f.rows === 1 ? t('import.file.oneRow') : t('import.file.rows', { rows: f.rows }));
    if (f.encoding) parts.push(ENCODING[f.encoding] ?? f.encoding);
    if (f.delimiter === ',') parts.push(t('import.delimiter.comma'));
    else if (f.delimiter === ';') parts.push(t('import.delimiter.semicolon'));
    else if (f.delimiter === '\t') parts.push(t('import.delimiter.tab'));
    else if (f.delimiter) parts.push(t('import.delimiter.other', { value: f.delimiter }));
    return parts.join(' · ');
  };
}

function Counts({ outcome, merge }: { outcome: ImportOutcome; merge: MergePreview | null }) {
  const { t, lang } = useT();
  const num = (n: number) => formatNumber(n, lang);
  const rows: Array<{ label: MessageKey; files: number; added?: number; matched?: number }> = [
    { label: 'import.row.actors', files: outcome.stats.actors, added: merge?.added.actors, matched: merge?.matched.actors },
    { label: 'import.row.relationships', files: outcome.stats.relationships, added: merge?.added.relationships, matched: merge?.matched.relationships },
    { label: 'import.row.assessments', files: outcome.stats.assessments, added: merge?.added.assessments },
  ];
  return (
    <table className="import-counts">
      <caption className="visually-hidden">{t('import.counts')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('import.col.what')}</th>
          <th scope="col">{t('import.col.inFiles')}</th>
          {merge && <th scope="col">{t('import.col.added')}</th>}
          {merge && <th scope="col">{t('import.col.matched')}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{t(r.label)}</th>
            <td>{num(r.files)}</td>
            {merge && <td>{num(r.added ?? 0)}</td>}
            {merge && <td>{r.matched === undefined ? '—' : num(r.matched)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The preview's facts: detected format, the files as read, what would be added, and, for a merge, which actor is which. */
export function ImportSummary({ outcome, mapEmpty }: { outcome: ImportOutcome; mapEmpty: boolean }) {
  const { t } = useT();
  const fileLine = useFileLine();
  const merge = mapEmpty ? null : outcome.merge;
  return (
    <>
      <dl className="import-facts">
        {(outcome.ok || outcome.format) && (
          <>
            <dt>{t('import.format')}</dt>
            <dd className="import-format">{t(outcome.format ? (`import.format.${outcome.format}` as MessageKey) : 'import.format.unknown')}</dd>
          </>
        )}
        {outcome.files.length > 0 && (
          <>
            <dt>{t('import.files')}</dt>
            <dd>
              <ul className="import-files">
                {outcome.files.map((f, i) => (
                  <li key={i}>
                    <span className="import-file-name">{f.file}</span> <span className="import-file-info">{fileLine(f)}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {outcome.ok && (
        <section className="import-section" aria-labelledby="import-counts-title">
          <h3 id="import-counts-title">{t('import.counts')}</h3>
          <Counts outcome={outcome} merge={merge} />
          <p className="import-hint">{t(mapEmpty ? 'import.explain.empty' : 'import.explain.choice')}</p>
        </section>
      )}
      {outcome.ok && merge && <MergeLists merge={merge} />}
    </>
  );
}
