import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * An X server of its own (Xvfb), for tests that press keys the way a person does: a browser's
 * own shortcuts (extension commands) answer only to key presses that come from a display, not
 * to keys sent over the automation protocol.
 */
export type VirtualDisplay = { display: string; close(): Promise<void> };

export async function startVirtualDisplay(): Promise<VirtualDisplay> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const number = 90 + Math.floor(Math.random() * 400);
    if (existsSync(`/tmp/.X11-unix/X${number}`) || existsSync(`/tmp/.X${number}-lock`)) continue;
    const server: ChildProcess = spawn('Xvfb', [`:${number}`, '-screen', '0', '1280x1000x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    const started = await new Promise<boolean>((resolve) => {
      const deadline = Date.now() + 5000;
      const check = () => {
        if (server.exitCode !== null) return resolve(false);
        if (existsSync(`/tmp/.X11-unix/X${number}`)) return resolve(true);
        if (Date.now() > deadline) return resolve(false);
        setTimeout(check, 50);
      };
      check();
    });
    if (!started) {
      server.kill();
      continue;
    }
    return {
      display: `:${number}`,
      close: () =>
        new Promise((done) => {
          if (server.exitCode !== null) return done();
          server.once('exit', () => done());
          server.kill();
        }),
    };
  }
  throw new Error('Could not start Xvfb (is the xvfb package installed?)');
}
