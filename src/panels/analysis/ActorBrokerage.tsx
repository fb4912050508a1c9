import '../../i18n/lazyAnalysis';
import { useMemo } from 'react';
import { BROKERAGE_ROLES, brokerageIn, neighbourhoodOf } from '../../analysis/brokerage';
import type { MessageKey } from '../../i18n';
import { useApp } from '../../store/context';
import { useT } from '../../ui/useT';

/** The actor's Gould–Fernandez brokerage roles on the whole map, each with its one-line meaning. */
export default function ActorBrokerage({ actorId }: { actorId: string }) {
  const { t } = useT();
  const actors = useApp((s) => s.doc.actors);
  const relationships = useApp((s) => s.doc.relationships);
  const hood = useMemo(() => neighbourhoodOf(relationships, actorId), [relationships, actorId]);
  const counts = useMemo(() => brokerageIn(actors, hood), [actors, hood]);
  if (!counts) return null;
  return (
    <details className="actor-brokerage">
      <summary>{t('analysis.rolesTitle')}</summary>
      <ul aria-label={t('analysis.rolesTitle')}>
        {BROKERAGE_ROLES.map((r) => (
          <li key={r} title={t(`analysis.roleExplain.${r}` as MessageKey)}>
            {t(`analysis.role.${r}` as MessageKey)}: {counts[r]} <span className="muted">— {t(`analysis.roleExplain.${r}` as MessageKey)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
