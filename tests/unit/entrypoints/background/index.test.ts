import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../../entrypoints/background/index';
import { installBrowserExtras, settleListeners, type BrowserExtras } from '../../../support/fake-browser-extras';

type Tab = Parameters<typeof fakeBrowser.action.onClicked.trigger>[0];
type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];

let extras: BrowserExtras;

beforeEach(() => {
  fakeBrowser.reset();
  extras = installBrowserExtras();
  background.main();
});

describe('background', () => {
  it('wires the toolbar button to the reader toggle', async () => {
    await fakeBrowser.action.onClicked.trigger({ id: 5 } as Tab);
    await settleListeners();
    expect(extras.tabs.sent).toEqual([{ tabId: 5, message: { type: 'legible/toggle-reader' }, options: { frameId: 0 } }]);
  });

  it("answers tabs' messages", async () => {
    const sender = { id: fakeBrowser.runtime.id, tab: { id: 5 } } as Sender;
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'legible/page-state', isArticle: true, reason: 'whyOgType', hiddenCount: 0, salvagedCount: 0 },
      sender,
      () => {},
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('Aa');
  });
});
