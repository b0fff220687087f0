/**
 * A small labelled logger for command-line tools. Everything goes to stderr
 * so that stdout carries only the command's result (JSON, Markdown, CSV),
 * and every message carries a `[rounds:<tool>]` label so that lines from
 * several tools in one CI log can be told apart.
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  debug(message: string): void;
}

export function createLogger(
  label: string,
  stream: NodeJS.WritableStream = process.stderr,
): Logger {
  // Tools name themselves either `changelog` or `rounds:changelog`.
  const prefix = `[${label.startsWith('rounds:') ? label : `rounds:${label}`}] `;
  // Later lines of a message line up under its first, unlabelled.
  const indent = ' '.repeat(prefix.length);
  const write = (level: string, message: string) => {
    const tag = level ? `${prefix}${level}: ` : prefix;
    stream.write(`${tag}${message.replaceAll('\n', `\n${indent}`)}\n`);
  };
  return {
    info: (message) => write('', message),
    warn: (message) => write('warning', message),
    // No `error:` tag: an error reads as a plain sentence, and the exit code
    // already says that the command failed.
    error: (message) => write('', message),
    debug: (message) => {
      if (process.env.ROUNDS_DEBUG) write('debug', message);
    },
  };
}
