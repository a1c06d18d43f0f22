/** One terminal line of progress: lines sent, rate, and with a known size the share and ETA. */
export function progressLine(lines: number, sentBytes: number, totalBytes: number | undefined, elapsedMs: number): string {
  const seconds = Math.max(elapsedMs / 1000, 0.001);
  const rate = Math.round(lines / seconds);
  if (totalBytes === undefined || totalBytes === 0) return `ingest: ${lines} lines, ${rate} lines/s`;
  const share = Math.min(1, sentBytes / totalBytes);
  const width = 24;
  const filled = Math.round(share * width);
  const eta = share > 0 ? Math.round(seconds / share - seconds) : 0;
  return `ingest [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(share * 100).toFixed(0)}% ${lines} lines, ${rate} lines/s, ETA ${eta} s`;
}
