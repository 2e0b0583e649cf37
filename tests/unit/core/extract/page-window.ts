import { Window } from 'happy-dom';
import { fixNodeNameGetter } from '../happy-dom-node-name';

/**
 * A page at `url` holding `html`, in its own happy-dom window so that document.URL, baseURI and
 * location are the page's. Nothing is loaded or run. The window's Node getter is fixed so DOMPurify
 * sanitizes as it does in a browser (see happy-dom-node-name.ts).
 */
export function openPage(html: string, url: string): { document: Document; window: typeof globalThis.window; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true, navigation: { disableChildFrameNavigation: true } },
  });
  fixNodeNameGetter(window as unknown as { Node: { prototype: object } });
  const document = window.document as unknown as Document;
  document.write(html);
  return { document, window: window as unknown as typeof globalThis.window, close: () => window.happyDOM.close() };
}
