/** The elements of `elements` that no other of them contains: a box found twice counts once. */
export function outermost(elements: Iterable<Element>): Element[] {
  const all = [...elements];
  return all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
}
