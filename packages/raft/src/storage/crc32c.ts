/**
 * CRC-32C (Castagnoli), the checksum of WAL records. Table-driven, one byte at a time:
 * fast enough for the WAL (records are small and the disk sync dominates), and it needs
 * no dependency. `crc32c(b, crc32c(a))` equals `crc32c(a ++ b)`.
 */
const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32C of `bytes[start, end)`, continuing from `previous` (the CRC of the bytes before). */
export function crc32c(bytes: Uint8Array, previous = 0, start = 0, end = bytes.length): number {
  let crc = ~previous >>> 0;
  for (let i = start; i < end; i++) crc = (TABLE[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return ~crc >>> 0;
}
