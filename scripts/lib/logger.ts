/**
 * A small labelled logger for command-line tools. Everything goes to stderr
 * so that stdout carries only the command's result (JSON, Markdown, CSV).
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  debug(message: string): void;
}

export function createLogger(label: string, stream: NodeJS.WritableStream = process.stderr): Logger {
  const write = (level: string, message: string) => {
    const prefix = level ? `[${label}] ${level}: ` : `[${label}] `;
    stream.write(`${prefix}${message.replaceAll('\n', `\n${' '.repeat(label.length + 3)}`)}\n`);
  };
  return {
    info: (message) => write('', message),
    warn: (message) => write('warning', message),
    error: (message) => write('error', message),
    debug: (message) => {
      if (process.env.ROUNDS_DEBUG) write('debug', message);
    },
  };
}
