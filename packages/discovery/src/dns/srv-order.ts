/** The fields of an SRV record that decide the order in which its targets are tried. */
export interface SrvRecord {
  readonly name: string;
  readonly port: number;
  readonly priority: number;
  readonly weight: number;
}

/**
 * Orders SRV records as RFC 2782 says a client must try them: ascending priority; within
 * one priority, a weighted random order where each remaining record is chosen with
 * probability weight / (sum of remaining weights), weight-0 records placed first in the
 * running sum so that they are chosen only when nothing else is left or by a zero draw.
 * `random` returns a number in [0, 1); passing it in keeps this function deterministic.
 */
export function orderSrvRecords<R extends SrvRecord>(records: readonly R[], random: () => number): R[] {
  const priorities = [...new Set(records.map((record) => record.priority))].sort((a, b) => a - b);
  const ordered: R[] = [];
  for (const priority of priorities) {
    const group = records.filter((record) => record.priority === priority);
    // RFC 2782: "arrange all SRV RRs (that have not been ordered yet) in any order,
    // except that all those with weight 0 are placed at the beginning of the list".
    const remaining = [...group.filter((r) => r.weight === 0), ...group.filter((r) => r.weight !== 0)];
    while (remaining.length > 0) {
      const total = remaining.reduce((sum, record) => sum + record.weight, 0);
      // A uniform integer in [0, total], as the RFC's selection step asks.
      const draw = Math.min(total, Math.floor(random() * (total + 1)));
      let running = 0;
      let chosen = remaining.length - 1;
      for (let index = 0; index < remaining.length; index++) {
        running += remaining[index]?.weight ?? 0;
        if (running >= draw) {
          chosen = index;
          break;
        }
      }
      const [record] = remaining.splice(chosen, 1);
      if (record !== undefined) ordered.push(record);
    }
  }
  return ordered;
}
