import type { Logger } from '../logger.ts';

/**
 * Replaces every secret in `text` with `***`. Secrets shorter than eight
 * characters are left alone: masking them would garble ordinary words,
 * and no GitHub token is that short.
 */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 8) result = result.replaceAll(secret, '***');
  }
  return result;
}

/** A logger that redacts the secrets from every message before writing it. */
export function redactingLogger(log: Logger, secrets: readonly (string | undefined)[]): Logger {
  return {
    info: (message) => log.info(redact(message, secrets)),
    warn: (message) => log.warn(redact(message, secrets)),
    error: (message) => log.error(redact(message, secrets)),
    debug: (message) => log.debug(redact(message, secrets)),
  };
}
