import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../i18n/lazyDonor';
import { registerMessages, translate } from '../i18n';
import { DATA_ELEMENT_ID, readViewerData } from '../io/donor/presentation';
import { Viewer } from './Viewer';
import '../panels/donor/donor.css';
import './viewer.css';

// The data is JSON in a non-executable element, put there when the file was exported.
const data = readViewerData(document.getElementById(DATA_ELEMENT_ID)?.textContent ?? 'null');
const root = createRoot(document.getElementById('root')!);
if (!data) {
  const lang = navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
  root.render(<p className="viewer-empty">{translate(lang, 'donor.viewer.noData')}</p>);
} else {
  document.documentElement.lang = data.lang;
  registerMessages(data.lang === 'en' ? data.messages : {}, data.lang === 'es' ? data.messages : {});
  root.render(
    <StrictMode>
      <Viewer data={data} />
    </StrictMode>,
  );
}
