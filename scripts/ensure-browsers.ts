import { ensureBrowsers, requestedBrowsers } from '../tools/ensure-browsers';

// Run before the end-to-end tests: each browser under test must be installed, and Xvfb and
// xdotool for the test that opens the reader with a real key press.
await ensureBrowsers(requestedBrowsers(), { withDisplay: true });
