/**
 * Line numbers for byte offsets. The CSV and SQL parsers both report where
 * things are as byte offsets into UTF-8 text, and editors want lines.
 */
export function lineIndex(bytes: Uint8Array): (offset: number) => number {
  const newlines: number[] = [];
  bytes.forEach((byte, i) => {
    if (byte === 0x0a) newlines.push(i);
  });
  // 1-based: one more than the newlines before the offset.
  return (offset) => {
    let low = 0;
    let high = newlines.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (newlines[middle]! < offset) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };
}
