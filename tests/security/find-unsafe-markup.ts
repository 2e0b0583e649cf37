/**
 * What in the reader could run code or lead somewhere other than the web, as a list of findings
 * (empty when all is well): script-capable elements, handler attributes, addresses that are not
 * http(s) in any attribute that takes one, links that go anywhere but the web or the page itself,
 * CSS that loads code, and form controls or styles inside the article.
 *
 * Self-contained, so a browser test can run it inside the page (evaluateIn sends its source):
 * it scans the reader's shadow root where there is one, else the document's body.
 */
export function findUnsafeMarkup(pageUrl: string): string[] {
  const root: ParentNode = document.querySelector('legible-reader')?.shadowRoot ?? document.body;
  const NEVER = [
    'script',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'base',
    'meta',
    'link',
    'portal',
    'animate',
    'set',
    'animatemotion',
    'animatetransform',
    'foreignobject',
  ];
  const ADDRESSES = [
    'href',
    'xlink:href',
    'src',
    'srcset',
    'poster',
    'action',
    'formaction',
    'data',
    'background',
    'cite',
    'ping',
    'lowsrc',
    'dynsrc',
    'codebase',
    'longdesc',
    'manifest',
    'icon',
    'srcdoc',
  ];
  const IN_ARTICLE_NEVER = 'style, form, input, button, select, textarea, dialog';
  const CSS_CODE = /javascript:|vbscript:|expression\s*\(|@import|(?<![\w-])behavior\s*:|-moz-binding/i;
  const findings: string[] = [];
  const tag = (element: Element) => `<${element.localName}>`;

  const isWebAddress = (element: Element, attribute: string, value: string): boolean => {
    const trimmed = value.trim();
    // A link to a part of the page (the outline, a footnote) stays on the page.
    if (trimmed.startsWith('#') && attribute.endsWith('href')) return true;
    let url: URL;
    try {
      url = new URL(trimmed, pageUrl);
    } catch {
      return false;
    }
    if (url.protocol === 'http:' || url.protocol === 'https:') return true;
    // An image may be inline; an <img> runs no script whatever its address holds.
    return element.localName === 'img' && attribute === 'src' && /^data:image\//i.test(trimmed);
  };

  for (const element of Array.from(root.querySelectorAll('*'))) {
    const name = element.localName.toLowerCase();
    if (NEVER.includes(name)) findings.push(`a ${tag(element)} element`);
    for (const { name: attributeName, value } of Array.from(element.attributes)) {
      const attribute = attributeName.toLowerCase();
      if (attribute.startsWith('on')) findings.push(`${attribute} on ${tag(element)}`);
      if (attribute === 'style' && CSS_CODE.test(value)) findings.push(`style="${value.slice(0, 60)}" on ${tag(element)}`);
      if (!ADDRESSES.includes(attribute)) continue;
      if (attribute === 'srcdoc') {
        findings.push(`srcdoc on ${tag(element)}`);
        continue;
      }
      const addresses =
        attribute === 'srcset'
          ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
          : attribute === 'ping'
            ? value.split(/\s+/)
            : [value];
      for (const address of addresses.filter(Boolean)) {
        if (!isWebAddress(element, attribute, address)) findings.push(`${attribute}="${address.slice(0, 60)}" on ${tag(element)}`);
      }
    }
  }
  for (const style of Array.from(root.querySelectorAll('style'))) {
    if (CSS_CODE.test(style.textContent ?? '')) findings.push(`a <style> that loads code: ${(style.textContent ?? '').slice(0, 60)}`);
  }
  // The reader's own controls on a clip's card (its transcript's search and menu) stand in the article's text.
  for (const element of Array.from(root.querySelectorAll('.content')).flatMap((content) =>
    Array.from(content.querySelectorAll(IN_ARTICLE_NEVER)),
  )) {
    if (!element.closest('[data-legible-media]')) findings.push(`a ${tag(element)} in the article`);
  }
  return findings;
}
