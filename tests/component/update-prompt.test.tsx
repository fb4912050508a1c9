import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Registrar, UpdateEvents } from '../../src/app/serviceWorker';
import { UpdatePrompt } from '../../src/app/UpdatePrompt';
import { renderWithApp } from './harness';

function fakeRegistrar() {
  let events: UpdateEvents | null = null;
  const apply = vi.fn<() => Promise<void>>(async () => {});
  const register = vi.fn<Registrar>((e: UpdateEvents) => {
    events = e;
    return apply;
  });
  return { register, apply, updateReady: () => act(() => events!.onUpdateReady()) };
}

describe('a new version of the app', () => {
  it('is offered once it is waiting, and applied only when the user presses Reload', async () => {
    const sw = fakeRegistrar();
    const { user } = renderWithApp(<UpdatePrompt register={sw.register} />);
    expect(sw.register).toHaveBeenCalledOnce();
    expect(screen.queryByText('A new version is ready')).toBeNull();
    sw.updateReady();
    expect((screen.getByRole('status')).textContent).toContain('A new version is ready');
    expect(sw.apply).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(sw.apply).toHaveBeenCalledOnce();
  });

  it('waits for the last edit to be saved before reloading', async () => {
    const sw = fakeRegistrar();
    const { user, store } = renderWithApp(<UpdatePrompt register={sw.register} />, { lang: 'es' });
    sw.updateReady();
    act(() => store.getState().setSave({ state: 'saving' }));
    await user.click(screen.getByRole('button', { name: 'Recargar' }));
    expect(sw.apply).not.toHaveBeenCalled();
    act(() => store.getState().setSave({ state: 'saved', at: new Date().toISOString() }));
    expect(sw.apply).toHaveBeenCalledOnce();
  });

  it('can be put off: Later hides the offer and applies nothing', async () => {
    const sw = fakeRegistrar();
    const { user } = renderWithApp(<UpdatePrompt register={sw.register} />);
    sw.updateReady();
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByText('A new version is ready')).toBeNull();
    expect(sw.apply).not.toHaveBeenCalled();
  });
});
