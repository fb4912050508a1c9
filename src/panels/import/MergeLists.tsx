import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n';
import { useT } from '../../ui/useT';
import type { MergePreview } from '../../io/worker/protocol';

function List({ id, title, hint, more, children }: { id: string; title: string; hint?: string; more: number; children: ReactNode[] }) {
  const { t } = useT();
  if (children.length === 0) return null;
  return (
    <section className="import-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {hint && <p className="import-hint">{hint}</p>}
      <ul className="import-duplicates" aria-labelledby={id}>
        {children}
        {more > 0 && <li className="more">{t('merge.more', { count: more })}</li>}
      </ul>
    </section>
  );
}

/**
 * What a merge would do to each actor, before anything changes: how actors are matched (by id only
 * for files of this same map), every conflict, every match and every new actor. Text only.
 */
export function MergeLists({ merge }: { merge: MergePreview }) {
  const { t, lang } = useT();
  const total = (listed: number, more: number) => listed + more;
  return (
    <>
      <p className="import-hint merge-rule">{t(merge.sameMap ? 'merge.sameMap' : 'merge.otherMap')}</p>
      <List id="merge-conflicts" title={t('merge.conflicts', { count: total(merge.conflicts.length, merge.more.conflicts) })} hint={t('merge.conflicts.hint')} more={merge.more.conflicts}>
        {merge.conflicts.map((c, i) => (
          <li key={i} className="merge-conflict">
            {t(`merge.conflict.${c.kind}` as MessageKey, { name: c.name, type: c.type[lang], existing: c.existingName, existingType: c.existingType[lang], count: c.count })}
          </li>
        ))}
      </List>
      <List id="merge-matches" title={t('merge.matches', { count: total(merge.matches.length, merge.more.matches) })} hint={t('merge.matches.hint')} more={merge.more.matches}>
        {merge.matches.map((m, i) => (
          <li key={i}>{t(m.by === 'id' ? 'merge.match.byId' : 'merge.match.byName', { name: m.name, existing: m.existingName })}</li>
        ))}
      </List>
      <List id="merge-new" title={t('merge.newActors', { count: total(merge.newActors.length, merge.more.newActors) })} more={merge.more.newActors}>
        {merge.newActors.map((a, i) => (
          <li key={i}>{t('merge.newActor', { name: a.name, type: a.type[lang] })}</li>
        ))}
      </List>
    </>
  );
}
