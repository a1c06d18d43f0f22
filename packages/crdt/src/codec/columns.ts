/**
 * The column writer and reader behind the state encoding. The reader hands out column
 * values through cursors that check bounds, so a short or inconsistent column is a
 * DECODE_FAILED, and `finish` checks that every column was consumed exactly.
 */
import { CrdtError } from '../errors.js';
import type { continuum } from '../gen/crdt.js';

export interface ColumnData {
  sizes: number[];
  keys: string[];
  dotNodes: number[];
  dotCounters: number[];
  valueKinds: number[];
  json: string[];
  bytes: Uint8Array[];
  wallMs: number[];
  logical: number[];
  timestampNodes: number[];
  clockSizes: number[];
  clockNodes: number[];
  clockCounters: number[];
  increments: number[];
  decrements: number[];
  ints: number[];
}

export type ColumnName = keyof ColumnData;

export function emptyColumns(): ColumnData {
  return {
    sizes: [], keys: [], dotNodes: [], dotCounters: [], valueKinds: [], json: [], bytes: [], wallMs: [], logical: [],
    timestampNodes: [], clockSizes: [], clockNodes: [], clockCounters: [], increments: [], decrements: [], ints: [],
  };
}

/** Collects columns; counters and wall times are stored as differences from the previous. */
export class ColumnWriter {
  readonly data = emptyColumns();
  #lastCounter = 0;
  #lastWallMs = 0;

  dot(nodeIndex: number, counter: number): void {
    this.data.dotNodes.push(nodeIndex);
    this.data.dotCounters.push(counter - this.#lastCounter);
    this.#lastCounter = counter;
  }

  wallMs(ms: number): void {
    this.data.wallMs.push(ms - this.#lastWallMs);
    this.#lastWallMs = ms;
  }
}

export class ColumnReader {
  readonly #data: ColumnData;
  // One cursor per column, in a fixed-shape object (a Map lookup per value was measurably slow).
  readonly #cursor: Record<ColumnName, number> = {
    sizes: 0, keys: 0, dotNodes: 0, dotCounters: 0, valueKinds: 0, json: 0, bytes: 0, wallMs: 0, logical: 0,
    timestampNodes: 0, clockSizes: 0, clockNodes: 0, clockCounters: 0, increments: 0, decrements: 0, ints: 0,
  };
  #lastCounter = 0;
  #lastWallMs = 0;

  constructor(message: continuum.crdt.v1.IColumns | null | undefined) {
    const m = message ?? {};
    this.#data = {
      sizes: m.sizes ?? [], keys: m.keys ?? [], dotNodes: m.dotNodes ?? [], dotCounters: m.dotCounters ?? [],
      valueKinds: m.valueKinds ?? [], json: m.json ?? [], bytes: m.bytes ?? [], wallMs: m.wallMs ?? [], logical: m.logical ?? [],
      timestampNodes: m.timestampNodes ?? [], clockSizes: m.clockSizes ?? [], clockNodes: m.clockNodes ?? [],
      clockCounters: m.clockCounters ?? [], increments: m.increments ?? [], decrements: m.decrements ?? [], ints: m.ints ?? [],
    };
  }

  next<K extends ColumnName>(column: K): ColumnData[K][number] {
    const at = this.#cursor[column];
    const values = this.#data[column];
    if (at >= values.length) throw columnError(column, 'ends early');
    this.#cursor[column] = at + 1;
    return values[at] as ColumnData[K][number];
  }

  /** A non-negative safe integer from a numeric column. */
  count(column: ColumnName): number {
    const value = this.next(column);
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw columnError(column, 'not a safe non-negative integer');
    return value;
  }

  dotCounter(): number {
    const delta = this.next('dotCounters');
    const counter = this.#lastCounter + delta;
    if (!Number.isSafeInteger(counter) || counter < 1) throw columnError('dotCounters', 'counter out of range');
    this.#lastCounter = counter;
    return counter;
  }

  wallMs(): number {
    const ms = this.#lastWallMs + this.next('wallMs');
    if (!Number.isSafeInteger(ms) || ms < 0) throw columnError('wallMs', 'out of range');
    this.#lastWallMs = ms;
    return ms;
  }

  /** Every column must have been read to its end. */
  finish(): void {
    for (const column of Object.keys(this.#data) as ColumnName[]) {
      if (this.#cursor[column] !== this.#data[column].length) throw columnError(column, 'has values left over');
    }
  }
}

function columnError(column: string, reason: string): CrdtError<'DECODE_FAILED'> {
  return new CrdtError('DECODE_FAILED', `cannot decode state: column ${column} ${reason}`, { what: `column ${column}`, reason });
}
