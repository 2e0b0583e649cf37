import { parseUrl } from '../web-address';

/**
 * One request at a time per host: a page with many clips on one provider sends their requests
 * one after another, as a person's player would, rather than all at once. Hosts do not wait
 * for each other.
 */
export function createHostQueue() {
  const tails = new Map<string, Promise<unknown>>();
  return function run<T>(url: string, task: () => Promise<T>): Promise<T> {
    const host = hostOf(url);
    const previous = tails.get(host) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    tails.set(host, tail);
    // Forget an idle host, so the map holds only hosts with requests under way.
    void tail.then(() => {
      if (tails.get(host) === tail) tails.delete(host);
    });
    return result;
  };
}

export type HostQueue = ReturnType<typeof createHostQueue>;

function hostOf(url: string): string {
  return parseUrl(url)?.host ?? '';
}
