import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadLanguage } from '../src/i18n';

// Components are tested in both languages; the app loads Spanish when it is chosen.
await loadLanguage('es');

afterEach(() => cleanup());
