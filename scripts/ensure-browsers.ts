import { ensureBrowsers, requestedBrowsers } from '../tools/ensure-browsers';

// Run before the end-to-end tests: each browser under test must be installed.
await ensureBrowsers(requestedBrowsers());
