import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { I18nContext } from '../../../components/i18n';
import { translate } from '../../support/translate';

export type Rendered = { container: HTMLElement; unmount(): void };

/** Renders into a container attached to the document (focus needs it), with the English strings. */
export function renderWithI18n(ui: ComponentChildren): Rendered {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => {
    render(<I18nContext.Provider value={translate}>{ui}</I18nContext.Provider>, container);
  });
  return {
    container,
    unmount() {
      act(() => render(null, container));
      container.remove();
    },
  };
}

/** Lets pending promises (fake clients' replies) settle and Preact re-render. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** Dispatches a keydown the way a key press reaches the focused element. */
export function pressKey(target: Element, key: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  act(() => {
    target.dispatchEvent(event);
  });
  return event;
}
