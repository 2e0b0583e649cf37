import { options } from 'preact';

// With page JavaScript off, Chromium runs neither the timers nor the animation frames of a content
// script, and preact's hooks wait for one of those to run effects (focus, announcements,
// listeners): they would wait for the next render. A microtask runs in every case.
options.requestAnimationFrame = (runEffects: () => void) => void Promise.resolve().then(runEffects);
