import '../../i18n/lazyQuality';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { addDimensionTo, resetFrameworkOf } from '../../actions/quality';
import { defaultFramework } from '../../domain/framework';
import { weightsAllZero } from '../../domain/scoring';
import { useT } from '../../ui/useT';
import { useApp, useAppStore } from '../../store/context';
import { DimensionEditor } from './DimensionEditor';
import { ThresholdsEditor } from './ThresholdsEditor';
import './quality.css';

/**
 * The map's quality framework in a modal dialog: dimension texts and weights, thresholds, add,
 * remove, reset. Every change is an undoable store action; Escape or Close calls `onClose`.
 */
export function FrameworkEditor({ onClose }: { onClose(): void }) {
  const store = useAppStore();
  const { t } = useT();
  const id = useId();
  const dimensions = useApp((s) => s.doc.framework.dimensions);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [askReset, setAskReset] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const dimensionsRef = useRef<HTMLHeadingElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const confirmResetRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      // showModal focuses the first control; do the same where it is missing.
      if (!dialog.contains(document.activeElement)) dialog.querySelector<HTMLElement>('button, input')?.focus();
    }
    return () => {
      if (dialog?.open && typeof dialog.close === 'function') dialog.close();
    };
  }, []);
  useEffect(() => {
    if (askReset) confirmResetRef.current?.focus();
    else if (wasAsking.current) resetRef.current?.focus();
    wasAsking.current = askReset;
  }, [askReset]);

  // Escape's keydown is cancelled below, so the browser does not also send `cancel`.
  const close = () => onClose();
  const onFocused = useCallback(() => setFocusKey(null), []);
  const add = () => {
    const key = addDimensionTo(store, t('quality.framework.newDimension'));
    if (key) setFocusKey(key);
  };

  return (
    <dialog
      ref={dialogRef}
      className="quality-framework"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          close();
        }
      }}
    >
      <header className="quality-framework-head">
        <h2 id={`${id}-title`}>{t('quality.framework.title')}</h2>
        <button type="button" onClick={close}>{t('quality.framework.close')}</button>
      </header>
      <p id={`${id}-intro`} className="quality-hint">
        {t('quality.framework.intro')} {t('quality.framework.editingLang')}
      </p>
      <h3 ref={dimensionsRef} tabIndex={-1}>{t('quality.framework.dimensions')}</h3>
      <p className="quality-hint">{t('quality.framework.weightHint')}</p>
      {weightsAllZero({ dimensions }) && (
        <p className="quality-hint" role="alert">{t('quality.framework.weightsAllZeroNow')}</p>
      )}
      <div className="quality-dimensions">
        {dimensions.map((d) => (
          <DimensionEditor
            key={d.key}
            dimension={d}
            canRemove={dimensions.length > 1}
            onlyWeighted={dimensions.every((o) => o === d || !(o.weight > 0))}
            focusName={focusKey === d.key}
            onFocused={onFocused}
            onRemoved={() => dimensionsRef.current?.focus()}
          />
        ))}
      </div>
      <button type="button" className="quality-add" onClick={add}>{t('quality.framework.add')}</button>
      <ThresholdsEditor />
      <div className="quality-framework-foot">
        {askReset ? (
          <div className="quality-confirm" role="group" aria-label={t('quality.framework.reset')}>
            <p>{t('quality.framework.resetAsk', { count: defaultFramework().dimensions.length })}</p>
            <button
              type="button" ref={confirmResetRef} className="quality-danger"
              onClick={() => {
                resetFrameworkOf(store);
                setAskReset(false);
              }}
            >
              {t('quality.framework.resetConfirm')}
            </button>
            <button type="button" onClick={() => setAskReset(false)}>{t('quality.framework.keepFramework')}</button>
          </div>
        ) : (
          <button type="button" ref={resetRef} onClick={() => setAskReset(true)}>{t('quality.framework.reset')}</button>
        )}
      </div>
    </dialog>
  );
}
