import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { watchPage } from './watch-page';

// On every http(s) page (the manifest lists it: see wxt.config.ts). An unlisted script rather than
// a WXT content script, because the sentinel needs none of WXT's content-script context, whose
// three kilobytes every page would pay for.
export default defineUnlistedScript(() => {
  void watchPage();
});
