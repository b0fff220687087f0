/**
 * JSON for an inline `<script>` (JSON-LD, or data for a client script). `<`
 * is escaped, so no text in the content can close the element early; JSON
 * readers turn `\u003c` back into `<`.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
