import { useMemo } from 'react';
import { actorTypesInUse } from '../../domain/catalogue';
import { verdictOf } from '../../domain/verdicts';
import type { MessageKey } from '../../i18n';
import { useT } from '../../ui/useT';
import { useApp, useAppStore } from '../../store/context';
import { DECISION_STYLE, DECISIONS } from '../../domain/decisionStyle';
import { ShapeIcon } from '../ShapeIcon';
import { LineSample } from './LineSample';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { retryableLazy } from '../../ui/retryableLazy';

// What size and outline colour show under the Analysis panel's view options: loaded with them.
const AnalysisKey = retryableLazy(async () => (await import('./AnalysisKey')).AnalysisKey);

/** Explains every colour, shape and line style that the map on screen uses. */
export function Legend() {
  const store = useAppStore();
  const { t, l } = useT();
  // The map on screen: a snapshot, a comparison or a what-if when one shows, else the map itself.
  const doc = useApp((s) => s.overlay?.doc ?? s.doc);
  const showScores = useApp((s) => s.view.showScores);
  const analysisKey = useApp((s) => s.overlay?.key !== undefined);
  const usedTypes = useMemo(() => actorTypesInUse(doc.actorTypes, doc.actors), [doc.actors, doc.actorTypes]);
  const usedDecisions = useMemo(() => {
    // Stops once every decision is seen: scoring 100,000 relationships took ~0.4 s on each change.
    const used = new Set<string>();
    for (const r of doc.relationships) {
      used.add(verdictOf(doc.framework, r).result.decision);
      if (used.size === DECISIONS.length) break;
    }
    return DECISIONS.filter((d) => used.has(d));
  }, [doc.relationships, doc.framework]);
  if (usedTypes.length === 0 && usedDecisions.length === 0) return null;

  return (
    <section className="legend" aria-labelledby="legend-title">
      <header>
        <h2 id="legend-title">{t('legend.title')}</h2>
        <button type="button" aria-label={t('legend.hide')} onClick={() => store.getState().setView({ showLegend: false })}>×</button>
      </header>
      {usedTypes.length > 0 && (
        <div className="legend-part">
          <h3>{t('legend.actors')}</h3>
          <ul className="legend-types">
            {usedTypes.map((type) => (
              <li key={type.key}>
                <ShapeIcon shape={type.shape} color={type.color} size={14} />
                <span>{l(type.label)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {analysisKey && (
        <LoadBoundary parts={[AnalysisKey]}>
          <AnalysisKey />
        </LoadBoundary>
      )}
      {usedDecisions.length > 0 && (
        <div className="legend-part">
          <h3>{t('legend.relationships')}</h3>
          <ul>
            {usedDecisions.map((d) => (
              <li key={d} data-decision={d}>
                <LineSample decision={d} />
                <span>
                  {t(`quality.decision.${d}` as MessageKey)} <span className="muted">({t(`line.${DECISION_STYLE[d].line}` as MessageKey)})</span>
                </span>
              </li>
            ))}
          </ul>
          <p className="muted">{t('legend.arrow')}</p>
          <p className="muted">{t('legend.width')}</p>
          {showScores && <p className="muted">{t('legend.score')}</p>}
        </div>
      )}
    </section>
  );
}
