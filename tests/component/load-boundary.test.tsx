import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LoadBoundary } from '../../src/ui/LoadBoundary';
import { retryableLazy } from '../../src/ui/retryableLazy';
import { renderWithApp } from './harness';

const silenceReactErrors = () => {
  const spies = [vi.spyOn(console, 'error').mockImplementation(() => {}), vi.spyOn(console, 'warn').mockImplementation(() => {})];
  return () => spies.forEach((s) => s.mockRestore());
};

function Panel({ label }: { label: string }) {
  return <p>{label}</p>;
}

describe('a part of the app that loads on first use', () => {
  it('says its code could not load, and Try again imports it again', async () => {
    const restore = silenceReactErrors();
    const load = vi
      .fn<() => Promise<typeof Panel>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module: /assets/Panel.js'))
      .mockResolvedValue(Panel);
    const Lazy = retryableLazy(load);
    const { user } = renderWithApp(
      <div>
        <button type="button">Still here</button>
        <LoadBoundary parts={[Lazy]}>
          <Lazy label="Loaded panel" />
        </LoadBoundary>
      </div>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('This part of the app could not be loaded. Check the connection and try again.');
    expect(screen.getByRole('button', { name: 'Still here' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Loaded panel')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
    restore();
  });

  it('keeps a loaded part and does not import it again', async () => {
    const load = vi.fn<() => Promise<typeof Panel>>(async () => Panel);
    const Lazy = retryableLazy(load);
    const { rerender } = renderWithApp(
      <LoadBoundary parts={[Lazy]}>
        <Lazy label="one" />
      </LoadBoundary>,
    );
    expect(await screen.findByText('one')).toBeTruthy();
    Lazy.retry();
    rerender(
      <LoadBoundary parts={[Lazy]}>
        <Lazy label="one" />
      </LoadBoundary>,
    );
    expect(screen.getByText('one')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows the message in Spanish when a part throws, and Close gives the dialog up', async () => {
    const restore = silenceReactErrors();
    let broken = true;
    const Flaky = () => {
      if (broken) throw new Error('broken panel');
      return <p>working</p>;
    };
    const onClose = vi.fn<() => void>();
    const { user } = renderWithApp(
      <LoadBoundary parts={[]} onClose={onClose}>
        <Flaky />
      </LoadBoundary>,
      { lang: 'es' },
    );
    expect(screen.getByRole("alert").textContent).toContain('No se pudo cargar esta parte de la aplicación. Compruebe la conexión e inténtelo de nuevo.');
    await user.click(screen.getByRole('button', { name: 'Cerrar' }));
    expect(onClose).toHaveBeenCalledOnce();
    broken = false;
    await act(async () => {
      await user.click(screen.getByRole('button', { name: 'Intentar de nuevo' }));
    });
    expect(screen.getByText('working')).toBeTruthy();
    restore();
  });
});
