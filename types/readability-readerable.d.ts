declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  const readerable: typeof isProbablyReaderable;
  export default readerable;
}
