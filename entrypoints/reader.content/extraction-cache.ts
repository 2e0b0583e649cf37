/**
 * The article read from the page, kept for the next opening while the page stays as it was: a
 * reader closed and opened again on the same page shows at once instead of reading the page
 * again (its extraction is most of an opening's time). Any change to the page's body, its
 * contents or its attributes, or to its address, and the next opening reads the page afresh.
 */
export type ExtractionCache<T> = {
  /** The article kept, or read now by `extract` (`fresh`). */
  read(doc: Document, extract: () => T): { value: T; fresh: boolean };
  forget(): void;
};

export function createExtractionCache<T>(): ExtractionCache<T> {
  let kept: { value: T; body: HTMLElement; address: string; observer: MutationObserver } | undefined;

  const forget = () => {
    kept?.observer.disconnect();
    kept = undefined;
  };

  return {
    read(doc, extract) {
      const body = doc.body;
      if (kept && kept.body === body && kept.address === doc.URL) return { value: kept.value, fresh: false };
      forget();
      const value = extract();
      if (!body) return { value, fresh: true };
      const observer = new MutationObserver((records) => {
        if (records.some((record) => !isReaderLock(record, body))) forget();
      });
      observer.observe(body, { subtree: true, childList: true, characterData: true, attributes: true });
      kept = { value, body, address: doc.URL, observer };
      return { value, fresh: true };
    },
    forget,
  };
}

/** The open reader makes the body inert and unpainted behind it (page-lock.ts): not a change to the page. */
function isReaderLock(record: MutationRecord, body: HTMLElement): boolean {
  return record.target === body && record.type === 'attributes' && (record.attributeName === 'inert' || record.attributeName === 'style');
}
