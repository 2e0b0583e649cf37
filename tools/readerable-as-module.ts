import type { Plugin } from 'vite';

/** The line Readability's readerable check ends with, to be loaded by CommonJS. */
const COMMONJS_EXPORT = /if \(typeof module === "object"\) \{[^}]*module\.exports = isProbablyReaderable;\s*\}/;

/**
 * Readability ships its readerable check as a CommonJS file. Bundled as it is, it brings the
 * bundler's CommonJS interop along, some 600 bytes that every page would load with the sentinel;
 * as a module with a default export it needs none. The build fails if the file's last lines change.
 */
export function readerableAsModule(): Plugin {
  return {
    name: 'legible:readerable-as-module',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/@mozilla/readability/Readability-readerable.js')) return undefined;
      if (!COMMONJS_EXPORT.test(code))
        throw new Error('Readability-readerable.js no longer ends with its CommonJS export: update tools/readerable-as-module.ts');
      return { code: code.replace(COMMONJS_EXPORT, 'export default isProbablyReaderable;'), map: null };
    },
  };
}
