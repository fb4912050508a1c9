import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SidePanel } from '../../src/app/SidePanel';
import { Toolbar, type ToolbarHandle } from '../../src/app/Toolbar';
import { renderWithApp } from './harness';

const noop = () => {};

// The shell reaches the toolbar's file pickers and the side panel's tabs through handles and refs,
// never by looking elements up in the page.
describe('links between the shell and its parts', () => {
  it('the toolbar hands over a handle that opens the map picker and gives focus back to Import', () => {
    let handle: ToolbarHandle | null = null;
    const { unmount } = renderWithApp(<Toolbar onHandle={(h) => (handle = h)} onOpenFile={noop} onImportFiles={noop} />);
    const picker = screen.getByLabelText('Open a map file');
    const opened = vi.fn<() => void>();
    picker.addEventListener('click', opened);
    act(() => handle?.pickMapFile());
    expect(opened).toHaveBeenCalledTimes(1);
    act(() => handle?.focusImport());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Import' }));
    unmount();
    expect(handle).toBeNull();
  });

  it('the Import button opens the picker of several files', async () => {
    const { user } = renderWithApp(<Toolbar onOpenFile={noop} onImportFiles={noop} />, { lang: 'es' });
    const opened = vi.fn<() => void>();
    screen.getByLabelText('Importar archivos').addEventListener('click', opened);
    await user.click(screen.getByRole('button', { name: 'Importar' }));
    expect(opened).toHaveBeenCalledTimes(1);
  });

  it('arrow keys move focus between the side panel tabs', async () => {
    const { user, store } = renderWithApp(<SidePanel />);
    const details = screen.getByRole('tab', { name: 'Details' });
    details.focus();
    await user.keyboard('{ArrowRight}');
    const health = screen.getByRole('tab', { name: 'Health' });
    expect(store.getState().view.sidePanel).toBe('health');
    expect(document.activeElement).toBe(health);
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Details' }));
  });
});
