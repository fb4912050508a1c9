import '../../i18n/lazyQuality';
import type { Decision, DecisionReason, DecisionResult, ScoreResult } from '../../domain/scoring';
import type { Framework, Localized } from '../../domain/types';
import type { MessageKey, Params } from '../../i18n';
import { formatScore } from '../../i18n/format';

/** Decisions and scores in words. Pure: pass `t` and `l` from `useT()` (or `translate` / `localized`). */
export type Translate = (key: MessageKey, params?: Params) => string;
export type Localize = (text: Localized) => string;

/** A setting as the user typed it (a threshold, a weight): at most `digits` decimals, no trailing zeros. */
export function formatNumber(n: number, digits = 2): string {
  return String(Number(n.toFixed(digits)));
}

export function decisionLabel(t: Translate, decision: Decision): string {
  return t(`quality.decision.${decision}`);
}

export function dimensionLabel(l: Localize, framework: Framework, key: string): string {
  const d = framework.dimensions.find((x) => x.key === key);
  return d ? l(d.label) || key : key;
}

export function reasonText(t: Translate, l: Localize, framework: Framework, reason: DecisionReason): string {
  const th = framework.thresholds;
  const limits = { proceed: formatNumber(th.proceed), exit: formatNumber(th.exit) };
  switch (reason.kind) {
    case 'overall-high':
    case 'overall-mid':
    case 'overall-low':
      return t(`quality.reason.${reason.kind}`, { overall: formatScore(reason.overall), ...limits });
    case 'weak-dimension':
      return t('quality.reason.weak-dimension', { dimension: dimensionLabel(l, framework, reason.dimension), score: reason.score });
    case 'insufficient': {
      const total = new Set(framework.dimensions.map((d) => d.key)).size;
      return t('quality.reason.insufficient', { rated: reason.rated, total, needed: reason.needed });
    }
    default:
      return t(`quality.reason.${reason.kind}`);
  }
}

/** The rules that fire for each decision; a weaker rule that also fired did not decide it. */
const DECIDING: Record<Decision, readonly DecisionReason['kind'][]> = {
  exit: ['overall-low', 'fit-no'],
  adjust: ['overall-mid', 'weak-dimension', 'fit-partly', 'fit-missing'],
  proceed: ['overall-high'],
  'not-assessed': ['insufficient', 'no-assessment'],
};

/** Only what decided it: Exit names the exit rules, not the weak scores also found (those are in the table). */
export function decidingReasons(result: DecisionResult): DecisionReason[] {
  const kinds = DECIDING[result.decision];
  return result.reasons.filter((r) => kinds.includes(r.kind));
}

/** The deciding reasons in words, joined: "Trust & openness rated 2; fit check answered Partly". */
export function reasonsText(t: Translate, l: Localize, framework: Framework, result: DecisionResult): string {
  return decidingReasons(result).map((r) => reasonText(t, l, framework, r)).join('; ');
}

/** "Adjust — Trust & openness rated 2; fit check answered Partly". */
export function decisionText(t: Translate, l: Localize, framework: Framework, result: DecisionResult): string {
  const reasons = reasonsText(t, l, framework, result);
  return reasons ? `${decisionLabel(t, result.decision)} — ${reasons}` : decisionLabel(t, result.decision);
}

/** "3.6 / 5 · 65 / 100", "insufficient data", or "no score yet". */
export function overallText(t: Translate, score: ScoreResult): string {
  if (score.overall === null || score.overall100 === null) {
    return t(score.insufficient ? 'quality.overall.insufficient' : 'quality.overall.none');
  }
  return t('quality.overall.value', { overall: formatScore(score.overall), overall100: Math.round(score.overall100) });
}
