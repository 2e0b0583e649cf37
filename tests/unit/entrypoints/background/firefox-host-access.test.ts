import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestHostAccessOnClick } from '../../../../entrypoints/background/firefox-host-access';
import { HOST_ACCESS } from '../../../../utils/manifest';

type Tab = Parameters<typeof requestHostAccessOnClick>[0];
const ARTICLE = { id: 7, url: 'https://news.example/harbour' } as Tab;

let request: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  request = vi.fn(async () => true);
  (fakeBrowser.permissions as { request: unknown }).request = request;
});

describe('requestHostAccessOnClick', () => {
  it('asks Firefox for host access within the click, before anything is awaited', async () => {
    const granted = requestHostAccessOnClick(ARTICLE, true);
    // Still synchronous here: Firefox only honours the request inside the click's handler.
    expect(request).toHaveBeenCalledWith(HOST_ACCESS);
    expect(await granted).toBe(true);
  });

  it('reports a refusal, and a request that fails, as no access', async () => {
    request.mockResolvedValueOnce(false);
    expect(await requestHostAccessOnClick(ARTICLE, true)).toBe(false);
    request.mockRejectedValueOnce(new Error('Not allowed'));
    expect(await requestHostAccessOnClick(ARTICLE, true)).toBe(false);
  });

  it('asks nothing in Chrome, where access came with the install', async () => {
    expect(await requestHostAccessOnClick(ARTICLE, false)).toBe(true);
    expect(request).not.toHaveBeenCalled();
  });

  it('asks nothing on pages that are not web pages', async () => {
    expect(await requestHostAccessOnClick({ id: 8, url: 'about:addons' } as Tab, true)).toBe(true);
    expect(request).not.toHaveBeenCalled();
  });
});
