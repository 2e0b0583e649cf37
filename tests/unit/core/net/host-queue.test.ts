import { describe, expect, it } from 'vitest';
import { createHostQueue } from '../../../../core/net/host-queue';

/** A task that records when it starts and ends, and finishes when told. */
function task(log: string[], name: string) {
  let finish!: (value: string) => void;
  let fail!: (error: Error) => void;
  const done = new Promise<string>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return {
    run: () => {
      log.push(`start ${name}`);
      return done.finally(() => log.push(`end ${name}`));
    },
    finish: () => finish(name),
    fail: () => fail(new Error(name)),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createHostQueue', () => {
  it('runs requests to one host one after another, in the order asked', async () => {
    const queue = createHostQueue();
    const log: string[] = [];
    const [a, b] = [task(log, 'a'), task(log, 'b')];
    const first = queue('https://player.vimeo.com/video/1', a.run);
    const second = queue('https://player.vimeo.com/texttrack/2.vtt', b.run);
    await settle();
    expect(log).toEqual(['start a']);
    a.finish();
    await settle();
    expect(log).toEqual(['start a', 'end a', 'start b']);
    b.finish();
    expect(await Promise.all([first, second])).toEqual(['a', 'b']);
  });

  it('lets other hosts go at the same time', async () => {
    const queue = createHostQueue();
    const log: string[] = [];
    const [a, b] = [task(log, 'a'), task(log, 'b')];
    void queue('https://api.svt.se/video/1', a.run);
    void queue('https://cdn.jwplayer.com/v2/media/x', b.run);
    await settle();
    expect(log).toEqual(['start a', 'start b']);
    a.finish();
    b.finish();
  });

  it('goes on with the next request when one fails, and passes the failure to its caller', async () => {
    const queue = createHostQueue();
    const log: string[] = [];
    const [a, b] = [task(log, 'a'), task(log, 'b')];
    const first = queue('https://www.youtube.com/watch?v=1', a.run);
    const second = queue('https://www.youtube.com/api/timedtext', b.run);
    a.fail();
    await expect(first).rejects.toThrow('a');
    await settle();
    b.finish();
    expect(await second).toBe('b');
  });
});
