import { currentAssessment, scoreOf } from '../domain/scoring';
import { relationshipLabel } from '../domain/health';
import type { Lang, MapDocument } from '../domain/types';
import { verdictOf } from '../domain/verdicts';
import { localized, type MessageKey, type Params } from '../i18n';
import { formatScore } from '../i18n/format';

interface Props {
  doc: MapDocument;
  lang: Lang;
  id: string | null;
  t(key: MessageKey, params?: Params): string;
}

/** What the presentation says about the clicked actor or relationship; text only, never markup. */
export function Details({ doc, lang, id, t }: Props) {
  const actor = id ? doc.actors.find((a) => a.id === id) : undefined;
  const rel = id && !actor ? doc.relationships.find((r) => r.id === id) : undefined;
  const typeLabel = (key: string, list: { key: string; label: { en: string; es: string } }[]) => {
    const found = list.find((x) => x.key === key);
    return found ? localized(lang, found.label) : key;
  };
  let body;
  if (actor) {
    const count = doc.relationships.filter((r) => r.source === actor.id || r.target === actor.id).length;
    body = (
      <>
        <h2>{actor.name}</h2>
        <dl>
          <dt>{t('donor.viewer.type')}</dt>
          <dd>{typeLabel(actor.type, doc.actorTypes)}</dd>
          {actor.description && (<><dt>{t('donor.viewer.description')}</dt><dd>{actor.description}</dd></>)}
        </dl>
        <p>{t('donor.viewer.relationships', { count })}</p>
      </>
    );
  } else if (rel) {
    const verdict = verdictOf(doc.framework, rel);
    const current = currentAssessment(rel);
    const broker = rel.brokeredBy ? doc.actors.find((a) => a.id === rel.brokeredBy)?.name : undefined;
    body = (
      <>
        <h2>{relationshipLabel(doc, rel)}</h2>
        <dl>
          <dt>{t('donor.viewer.type')}</dt>
          <dd>{typeLabel(rel.type, doc.relationshipTypes)}</dd>
          {broker && (<><dt>{t('donor.viewer.brokeredBy')}</dt><dd>{broker}</dd></>)}
          <dt>{t('donor.viewer.decision')}</dt>
          <dd data-decision={verdict.result.decision}>{t(`quality.decision.${verdict.result.decision}` as MessageKey)}</dd>
          <dt>{t('donor.viewer.overall')}</dt>
          <dd>{verdict.score.overall === null ? t('donor.viewer.notAssessed') : `${formatScore(verdict.score.overall)} / 5`}</dd>
          <dt>{t('donor.viewer.assessed')}</dt>
          <dd>{current?.date || t('donor.viewer.notAssessed')}</dd>
        </dl>
        {current && (
          <table className="donor-table">
            <tbody>
              {doc.framework.dimensions.map((d) => {
                const s = scoreOf(current, d.key);
                return (
                  <tr key={d.key}><th scope="row">{localized(lang, d.label)}</th><td>{s === null ? '–' : s}</td></tr>
                );
              })}
            </tbody>
          </table>
        )}
        {rel.notes && <p>{rel.notes}</p>}
      </>
    );
  } else body = <p className="donor-muted">{t('donor.viewer.pick')}</p>;
  return (
    <aside className="viewer-details" aria-label={t('donor.viewer.details')} aria-live="polite">
      {body}
    </aside>
  );
}
