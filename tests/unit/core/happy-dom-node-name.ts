/**
 * happy-dom's `Node.prototype.nodeName` getter returns '' for every node; the real names come from
 * getters on Element, Text, Comment… DOMPurify (3.4.8 and later) reads names through the Node
 * getter, so under happy-dom it sanitizes nothing (cure53/DOMPurify#1457, capricorn86/happy-dom#1810).
 * This gives a window's Node getter a browser's behaviour: it answers with the node's own name.
 * Only tests call it; in the extension DOMPurify runs on a real browser's DOM.
 */
export function fixNodeNameGetter(win: { Node: { prototype: object } }): void {
  const nodePrototype = win.Node.prototype;
  const own = Object.getOwnPropertyDescriptor(nodePrototype, 'nodeName');
  if (!own?.get || (own.get as { legibleFixed?: boolean }).legibleFixed) return;
  const get = function nodeName(this: object): string {
    for (
      let proto = Object.getPrototypeOf(this) as object | null;
      proto && proto !== nodePrototype;
      proto = Object.getPrototypeOf(proto) as object | null
    ) {
      const getter = Object.getOwnPropertyDescriptor(proto, 'nodeName')?.get;
      if (getter) return getter.call(this) as string;
    }
    return own.get!.call(this) as string;
  };
  Object.assign(get, { legibleFixed: true });
  Object.defineProperty(nodePrototype, 'nodeName', { ...own, get });
}
