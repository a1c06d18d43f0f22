/**
 * The metadata replication's messages and their binary form:
 * `u8 type | u16 len + utf8 from | u16 count | count × (u8 kind | u32 len + bytes)`.
 * `hello` asks the parent for its version vectors, `push` carries deltas (or full
 * states), `ack` answers both with the parent's version vectors (encoded clocks).
 */
import { ContinuumError } from '../errors.js';
import { workLimits } from '../work-limits.js';
import { metadataKinds, type MetadataKind } from './replica.js';

export interface SyncPart {
  readonly kind: MetadataKind;
  readonly bytes: Uint8Array;
}

export type SyncMessage =
  | { readonly type: 'hello'; readonly from: string }
  | { readonly type: 'push'; readonly from: string; readonly parts: readonly SyncPart[] }
  | { readonly type: 'ack'; readonly from: string; readonly parts: readonly SyncPart[] };

const types = ['hello', 'push', 'ack'] as const;

function invalid(reason: string): ContinuumError<'PEER_MESSAGE_INVALID'> {
  return new ContinuumError('PEER_MESSAGE_INVALID', `bad metadata sync message: ${reason}`, { peer: '', protocol: '/continuum/sync/1.0.0', reason });
}

export function encodeSyncMessage(message: SyncMessage): Uint8Array {
  const from = new TextEncoder().encode(message.from);
  const parts = message.type === 'hello' ? [] : message.parts;
  const size = 1 + 2 + from.length + 2 + parts.reduce((sum, part) => sum + 5 + part.bytes.length, 0);
  if (size > workLimits.maxSyncMessageBytes) throw new ContinuumError('LIMIT_EXCEEDED', `sync message of ${size} bytes`, { limit: 'maxSyncMessageBytes', max: workLimits.maxSyncMessageBytes });
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  view.setUint8(at, types.indexOf(message.type)); at += 1;
  view.setUint16(at, from.length); at += 2;
  out.set(from, at); at += from.length;
  view.setUint16(at, parts.length); at += 2;
  for (const part of parts) {
    view.setUint8(at, metadataKinds.indexOf(part.kind)); at += 1;
    view.setUint32(at, part.bytes.length); at += 4;
    out.set(part.bytes, at); at += part.bytes.length;
  }
  return out;
}

export function decodeSyncMessage(bytes: Uint8Array): SyncMessage {
  if (bytes.length > workLimits.maxSyncMessageBytes) throw invalid('over maxSyncMessageBytes');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const need = (n: number): void => {
    if (at + n > bytes.length) throw invalid('truncated');
  };
  need(3);
  const type = types[view.getUint8(at)]; at += 1;
  if (type === undefined) throw invalid('unknown type');
  const fromLength = view.getUint16(at); at += 2;
  need(fromLength + 2);
  let from: string;
  try {
    from = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(at, at + fromLength));
  } catch {
    throw invalid('sender is not utf-8');
  }
  at += fromLength;
  const count = view.getUint16(at); at += 2;
  const parts: SyncPart[] = [];
  for (let i = 0; i < count; i++) {
    need(5);
    const kind = metadataKinds[view.getUint8(at)]; at += 1;
    if (kind === undefined) throw invalid('unknown kind');
    const length = view.getUint32(at); at += 4;
    need(length);
    parts.push({ kind, bytes: bytes.slice(at, at + length) }); at += length;
  }
  if (at !== bytes.length) throw invalid('trailing bytes');
  if (type === 'hello') {
    if (parts.length > 0) throw invalid('hello with parts');
    return { type, from };
  }
  return { type, from, parts };
}
