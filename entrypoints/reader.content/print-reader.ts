/**
 * While the reader is open, printing prints the article and its transcripts, not the page behind:
 * a document-level sheet (adopted, so no page policy can refuse it) hides the page's body, and
 * every folded transcript is unfolded for the print, then folded back.
 */
export function printReaderNotPage(doc: Document, readerRoot: () => ShadowRoot | null | undefined): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('@media print { body { display: none !important; } }');
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  let unfolded: HTMLDetailsElement[] = [];
  const beforePrint = () => {
    unfolded = Array.from(readerRoot()?.querySelectorAll<HTMLDetailsElement>('details:not([open])') ?? []);
    for (const details of unfolded) details.open = true;
  };
  const afterPrint = () => {
    for (const details of unfolded) details.open = false;
    unfolded = [];
  };
  const view = doc.defaultView;
  view?.addEventListener('beforeprint', beforePrint);
  view?.addEventListener('afterprint', afterPrint);
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    view?.removeEventListener('beforeprint', beforePrint);
    view?.removeEventListener('afterprint', afterPrint);
  };
}
