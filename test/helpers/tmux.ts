import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll } from 'vitest';
import { testCache } from './run-cli.js';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/**
 * This test process's own tmux server, kept running between sessions. On the shared default server
 * a session started just as another process killed the last one met a server on its way out
 * ("server exited unexpectedly"), which failed tests on a busy machine.
 */
const SOCKET = `gbt27922-test-${process.pid}`;
let serverUp = false;
// Vitest ends its workers without an 'exit' event, so the server goes with each test file.
afterAll(() => {
  if (serverUp) spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  serverUp = false;
});

function tmux(args: string[]): string {
  if (!serverUp) {
    execFileSync('tmux', ['-L', SOCKET, '-f', '/dev/null', 'start-server', ';', 'set-option', '-g', 'exit-empty', 'off']);
    serverUp = true;
  }
  return execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
}

/**
 * A real terminal for the questionnaire: tmux runs the binary in a detached session of a fixed
 * size, keys are typed with send-keys, and the screen is read with capture-pane. No native build
 * is needed, and Chinese input goes through as typed.
 */
export class TmuxSession {
  private constructor(readonly name: string) {}

  static start(command: string, env: Record<string, string> = {}, size: { columns?: number; rows?: number } = {}): TmuxSession {
    const name = `gbt27922-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    const exports = Object.entries({ NO_COLOR: '1', LANG: 'C.UTF-8', ...testCache(), ...env })
      .map(([key, value]) => `${key}='${value}'`)
      .join(' ');
    tmux(['new-session', '-d', '-s', name, '-x', String(size.columns ?? 110), '-y', String(size.rows ?? 40), `env ${exports} ${command}; echo "EXIT=$?"; sleep 600`]);
    return new TmuxSession(name);
  }

  /** The screen; `joined`, lines the terminal itself wrapped are joined again (to see what overflowed). */
  screen(joined = false): string {
    return tmux(['capture-pane', '-p', ...(joined ? ['-J'] : []), '-S', '-200', '-t', this.name]);
  }

  keys(...keys: string[]): void {
    tmux(['send-keys', '-t', this.name, ...keys]);
  }

  type(text: string): void {
    tmux(['send-keys', '-t', this.name, '-l', text]);
  }

  /** Waits until the screen shows `text` (the last occurrence after `after`, if given). */
  async waitFor(text: string | RegExp, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (typeof text === 'string' ? screen.includes(text) : text.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)}; the screen shows:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Waits for a prompt to appear `count` times: the same question asked again after an answer. */
  async waitForCount(text: string, count: number, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (screen.split(text).length - 1 >= count) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${count}× ${text}; the screen shows:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Whether the terminal shows its cursor (a prompt library hides it while a prompt is on screen). */
  cursorVisible(): boolean {
    return tmux(['display-message', '-p', '-t', this.name, '#{cursor_flag}']).trim() === '1';
  }

  stop(): void {
    spawnSync('tmux', ['-L', SOCKET, 'kill-session', '-t', this.name]);
  }
}
