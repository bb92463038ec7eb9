import { supportsColor, supportsColorStderr } from 'chalk';

/** Where a command writes; tests pass their own to capture it. */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

/**
 * Colour only for a terminal that supports it, never with NO_COLOR (any non-empty value, as
 * no-color.org asks) or --no-color; FORCE_COLOR is honoured through chalk's detection.
 */
export function colorLevelFor(output: Output, allowed: boolean, stream: 'stdout' | 'stderr' = 'stdout'): 0 | 1 | 2 | 3 {
  if (!allowed || (process.env.NO_COLOR ?? '') !== '') return 0;
  const detected = stream === 'stdout' ? supportsColor : supportsColorStderr;
  const isTTY = stream === 'stdout' ? output.stdoutIsTTY : output.stderrIsTTY;
  if (!detected) return 0;
  if (!isTTY && !process.env.FORCE_COLOR) return 0;
  return detected.level;
}
