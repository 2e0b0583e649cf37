import { describe, expect, it } from 'vitest';
import { createStepPacer } from '../../../../core/cleanup/step-pacer';

/** A clock the test moves by hand; the page's own work takes 10 ms each time it gets the main thread. */
function handClock() {
  const clock = {
    at: 0,
    yields: 0,
    now: () => clock.at,
    yieldToPage: async () => {
      clock.yields++;
      clock.at += 10;
    },
  };
  return clock;
}

describe('createStepPacer', () => {
  it('goes straight on after a short step: one task', async () => {
    const clock = handClock();
    const pacer = createStepPacer(4, clock.yieldToPage, clock.now);
    clock.at = 1.5;
    await pacer.pause();
    clock.at = 3;
    expect(pacer.finish()).toEqual([3]);
    expect(clock.yields).toBe(0);
  });

  it('gives the page the main thread after a step of the budget or more, and starts a new task', async () => {
    const clock = handClock();
    const pacer = createStepPacer(4, clock.yieldToPage, clock.now);
    clock.at = 6;
    await pacer.pause(); // the page works from 6 to 16
    clock.at = 17;
    await pacer.pause();
    clock.at = 21;
    expect(pacer.finish()).toEqual([6, 5]);
    expect(clock.yields).toBe(1);
  });

  it('counts a step of exactly the budget as long', async () => {
    const clock = handClock();
    const pacer = createStepPacer(4, clock.yieldToPage, clock.now);
    clock.at = 4;
    await pacer.pause();
    expect(clock.yields).toBe(1);
  });
});
