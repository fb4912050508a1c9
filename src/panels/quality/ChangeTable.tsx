import '../../i18n/lazyQuality';
import { assessmentHistory, scoreAssessment, scoreOf } from '../../domain/scoring';
import type { Framework, Relationship } from '../../domain/types';
import { useT } from '../../ui/useT';
import { formatScore } from '../../i18n/format';
import { formatNumber } from './decisionText';
import { Sparkline } from './Sparkline';

/** "▲ +1", "▼ −2", "=" or "—" (not comparable), with the direction in words for screen readers. */
export function ChangeCell({ delta, digits = 0 }: { delta: number | null; digits?: number }) {
  const { t } = useT();
  if (delta === null) return <td className="quality-change"><span aria-hidden="true">—</span> <span className="visually-hidden">{t('quality.change.notRated')}</span></td>;
  const size = digits === 1 ? formatScore(Math.abs(delta)) : formatNumber(Math.abs(delta), digits);
  const rounded = Number(size);
  const [glyph, text, word] = rounded === 0 ? ['=', '', t('quality.change.same')] : delta > 0
    ? ['▲', `+${size}`, t('quality.change.up')]
    : ['▼', `−${size}`, t('quality.change.down')];
  return (
    <td className="quality-change" data-direction={rounded === 0 ? 'same' : delta > 0 ? 'up' : 'down'}>
      <span aria-hidden="true">{glyph}</span> <span className="visually-hidden">{word}</span> {text}
    </td>
  );
}

/** Latest vs previous assessment, overall and per dimension, with each dimension's trend. */
export function ChangeTable({ rel, framework }: { rel: Relationship; framework: Framework }) {
  const { t, l } = useT();
  const history = assessmentHistory(rel);
  if (history.length < 2) return null;
  const latest = history[history.length - 1]!;
  const previous = history[history.length - 2]!;
  const show = (v: number | null, digits = 0) => (v === null ? '—' : digits === 1 ? formatScore(v) : v.toFixed(digits));
  const before = scoreAssessment(framework, previous).overall;
  const now = scoreAssessment(framework, latest).overall;
  const values = (xs: (number | null)[]) => xs.map((v) => (v === null ? t('quality.trend.gap') : String(v))).join(', ');
  return (
    <table className="quality-changes">
      <caption>{t('quality.change.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('quality.change.dimension')}</th>
          <th scope="col">{t('quality.change.values')}</th>
          <th scope="col">{t('quality.change.change')}</th>
          <th scope="col">{t('quality.change.trend')}</th>
        </tr>
      </thead>
      <tbody>
        <tr className="quality-changes-overall">
          <th scope="row">{t('quality.overall.label')}</th>
          <td className="quality-values">{`${show(before, 1)} → ${show(now, 1)}`}</td>
          {/* The change between the two figures as shown, so the row never disagrees with itself. */}
          <ChangeCell delta={before !== null && now !== null ? Number(formatScore(now)) - Number(formatScore(before)) : null} digits={1} />
          <td />
        </tr>
        {framework.dimensions.map((d) => {
          const series = history.map((a) => scoreOf(a, d.key));
          const a = scoreOf(latest, d.key);
          const b = scoreOf(previous, d.key);
          const label = l(d.label) || d.key;
          return (
            <tr key={d.key}>
              <th scope="row">{label}</th>
              <td className="quality-values">{`${show(b)} → ${show(a)}`}</td>
              <ChangeCell delta={a !== null && b !== null ? a - b : null} />
              <td>
                <Sparkline values={series} width={44} height={18} label={t('quality.trend.dimension', { dimension: label, values: values(series) })} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
