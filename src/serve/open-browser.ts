import { spawn } from 'node:child_process';

/**
 * Opens the default browser on the server's address with the system's own opener: `open` on macOS,
 * `xdg-open` on Linux and the BSDs, `start` (a command of cmd) on Windows. No shell is involved
 * except cmd for `start`, and the address is checked first to be exactly ours (loopback, a port,
 * a hex token), so nothing in it can be read as a command. Resolves false when no opener ran.
 */
export function openBrowser(url: string, platform: NodeJS.Platform = process.platform): Promise<boolean> {
  if (!/^http:\/\/127\.0\.0\.1:\d{1,5}\/\?token=[0-9a-f]{64}$/.test(url)) return Promise.resolve(false);
  const [command, args] = openerFor(url, platform);
  return new Promise((resolve) => {
    try {
      const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true, shell: false });
      child.once('error', () => resolve(false));
      child.once('spawn', () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}

export function openerFor(url: string, platform: NodeJS.Platform): [string, string[]] {
  if (platform === 'darwin') return ['open', [url]];
  // `start`'s first quoted argument is a window title: an empty one, so the address is never taken for it.
  if (platform === 'win32') return ['cmd.exe', ['/d', '/s', '/c', 'start', '""', url]];
  return ['xdg-open', [url]];
}
