import '../../i18n/lazyQuality';
import { currentAssessment, decide, scoreAssessment, type DecisionResult, type ScoreResult } from '../../domain/scoring';
import type { Framework, Relationship } from '../../domain/types';
import { useT } from '../../ui/useT';
import { useApp } from '../../store/context';
import { DecisionSample } from './DecisionSample';
import { decisionLabel, overallText, reasonsText } from './decisionText';
import { DECISION_STYLE } from '../../domain/decisionStyle';

/** A decision with its reasons in words and the overall score; used by the badge and the form preview. */
export function DecisionView({ framework, result, score }: { framework: Framework; result: DecisionResult; score: ScoreResult }) {
  const { t, l } = useT();
  const reasons = reasonsText(t, l, framework, result);
  return (
    <div className="quality-decision" data-decision={result.decision} style={{ borderLeftColor: DECISION_STYLE[result.decision].color }}>
      <DecisionSample decision={result.decision} />
      <div>
        <p className="quality-decision-text">
          <strong>{decisionLabel(t, result.decision)}</strong>
          {reasons && ` — ${reasons}`}
        </p>
        <p className="quality-overall">
          {t('quality.overall.label')}: {overallText(t, score)}
        </p>
      </div>
    </div>
  );
}

/** The relationship's current decision (from its newest assessment). */
export function DecisionBadge({ rel }: { rel: Relationship }) {
  const { t } = useT();
  const framework = useApp((s) => s.doc.framework);
  const current = currentAssessment(rel);
  return (
    <div className="quality-badge" role="group" aria-label={t('quality.decision.current')}>
      <DecisionView framework={framework} result={decide(framework, current)} score={scoreAssessment(framework, current)} />
    </div>
  );
}
