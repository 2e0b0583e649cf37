/** A key-value area over a Map, shaped as storage.session is: for stores tested outside a browser. */
export function memoryStorageArea() {
  const items = new Map<string, unknown>();
  return {
    items,
    get: async (key: string): Promise<Record<string, unknown>> => (items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}),
    set: async (entries: Record<string, unknown>): Promise<void> => {
      for (const [key, value] of Object.entries(entries)) items.set(key, structuredClone(value));
    },
    remove: async (key: string): Promise<void> => void items.delete(key),
  };
}
