// The promise-based WebExtension API for the background, the reader and the options page. The
// sentinel uses the browser's own API instead, to stay small (DESIGN.md, "Measuring").
import browser from 'webextension-polyfill';

export { browser };
