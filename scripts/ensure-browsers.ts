import { ensureBrowsers, requestedBrowsers } from '../tools/ensure-browsers';

// Run before the end-to-end tests: each browser under test must be installed, Xvfb and xdotool
// for the test that opens the reader with a real key press, and Firefox's German and French.
await ensureBrowsers(requestedBrowsers(), { withDisplay: true, withLanguagePacks: true });
