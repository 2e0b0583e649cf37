// Imported first, so that it runs before every other module of the bundle: the bench splits the
// reader's injection into the browser's part (up to here) and the bundle's own top-level code.
performance.mark('legible:reader-bundle');
