/**
 * With page scripts on, the HTML parser keeps a <noscript>'s content as one unrendered text: the
 * markup a script-less visitor would get, often a plain <video> with its <track>s behind a player
 * that needs scripts. In the reader's copy of the page that text is parsed (inertly: a parsed
 * document runs no script and loads nothing) and put in as elements, so clips in it are found.
 * Only for the copy: the live page is never touched.
 */
export function parseUnrenderedNoscripts(copy: Document): void {
  for (const noscript of Array.from(copy.getElementsByTagName('noscript'))) {
    if (noscript.firstElementChild || !(noscript.textContent ?? '').includes('<')) continue;
    const parsed = new DOMParser().parseFromString(noscript.textContent ?? '', 'text/html');
    noscript.replaceChildren(...Array.from(parsed.body.childNodes, (node) => copy.importNode(node, true)));
  }
}
