import { COMMUNITY_COLOURS } from '../../canvas/styles/analysis';
import { useApp } from '../../store/context';
import { useT } from '../../ui/useT';

// A ring like the outline drawn round each actor of the community (no stylesheet of its own).
const SWATCH = { display: 'inline-block', width: 10, height: 10, borderRadius: '50%', border: '3px solid', marginRight: 4, verticalAlign: 'middle' } as const;

/**
 * The legend's lines for the Analysis panel's view options: what actor size shows and which outline
 * colour is which community. Shown only while those options are on (they come with the overlay).
 */
export function AnalysisKey() {
  const { t } = useT();
  const key = useApp((s) => s.overlay?.key);
  const communities = key?.communities ?? 0;
  if (!key?.sizeBy && communities === 0) return null;
  const shown = Math.min(communities, COMMUNITY_COLOURS.length);
  return (
    <div className="legend-part" data-part="analysis">
      <h3>{t('legend.analysis')}</h3>
      {key?.sizeBy && <span>{t('legend.sizeBy', { metric: t(key.sizeBy) })}</span>}
      {communities > 0 && (
        <>
          <span>{t('legend.communities')}</span>
          <ul className="legend-communities">
            {COMMUNITY_COLOURS.slice(0, shown).map((colour, i) => (
              <li key={colour}>
                <span aria-hidden="true" style={{ ...SWATCH, borderColor: colour }} />
                <span>{t('legend.community', { n: i + 1 })}</span>
              </li>
            ))}
          </ul>
          {communities > shown && <span className="muted">{t('legend.communitiesRepeat', { count: COMMUNITY_COLOURS.length })}</span>}
        </>
      )}
    </div>
  );
}
