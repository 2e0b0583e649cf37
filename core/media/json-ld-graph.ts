/** A JSON-LD node: an object with string keys. */
export type JsonLdNode = Record<string, unknown>;

function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value that may be one item or a list, as a list. */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Whether a node's `@type` (a string or a list) names one of `types`. */
export function hasType(node: JsonLdNode, types: readonly string[]): boolean {
  return asList(node['@type']).some((t) => typeof t === 'string' && types.includes(t.replace(/^(?:https?:\/\/)?schema\.org\//, '')));
}

/** The first string among a value's items, or in their `url`/`contentUrl`/`@value` fields. */
export function firstString(value: unknown): string | undefined {
  for (const item of asList(value)) {
    if (typeof item === 'string' && item.trim()) return item.trim();
    if (isNode(item)) {
      const inner = firstString(item['url'] ?? item['contentUrl'] ?? item['@value']);
      if (inner) return inner;
    }
  }
  return undefined;
}

/**
 * Every node in a page's JSON-LD blocks, with `@graph` unwrapped and `{"@id": …}` references
 * replaced by the node they name, so a VideoObject is found wherever the page put it, and its
 * properties (`"caption": {"@id": "#captions-en"}`) hold the nodes they point at.
 */
export function readJsonLdNodes(root: ParentNode): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of Array.from(root.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collect(JSON.parse(script.textContent ?? ''), nodes, new Set());
    } catch {
      // A broken block is the page's bug; the other blocks still count.
    }
  }
  const isReference = (node: JsonLdNode): boolean => typeof node['@id'] === 'string' && Object.keys(node).length === 1;
  // Only full nodes are targets: a reference after its node must not stand in for it.
  const byId = new Map(
    nodes.flatMap((node) => (typeof node['@id'] === 'string' && !isReference(node) ? [[node['@id'], node] as const] : [])),
  );
  const resolve = (node: JsonLdNode): JsonLdNode => (isReference(node) ? (byId.get(node['@id'] as string) ?? node) : node);
  // One level: a property's value, or each item of its list. The blocks were parsed here, so they
  // are Legible's own objects to change.
  for (const node of nodes) {
    for (const [key, value] of Object.entries(node)) {
      if (Array.isArray(value)) node[key] = value.map((item: unknown) => (isNode(item) ? resolve(item) : item));
      else if (isNode(value)) node[key] = resolve(value);
    }
  }
  return [...new Set(nodes.map(resolve))];
}

function collect(value: unknown, into: JsonLdNode[], seen: Set<unknown>): void {
  if (seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into, seen);
    return;
  }
  if (!isNode(value)) return;
  into.push(value);
  for (const [key, child] of Object.entries(value)) {
    if (key !== '@context') collect(child, into, seen);
  }
}
