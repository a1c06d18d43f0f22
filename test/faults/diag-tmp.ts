import { readFileSync } from 'node:fs';
import { parseHistory, toOperations } from './history.js';
import { checkKey, pruneUnobservedWrites } from './linearizability.js';
const ops = pruneUnobservedWrites(toOperations(parseHistory(readFileSync(process.argv[2]!, 'utf8')))).filter((o) => o.key === process.argv[3]);
const v = checkKey(process.argv[3]!, ops);
const prefix = new Set(v.longestPrefix ?? []);
const rest = ops.filter((o) => !prefix.has(o.id)).sort((a, b) => a.returnMs - b.returnMs);
const stuck = rest[0]!;
console.log('prefix', prefix.size, 'of', ops.length, 'stuck op', JSON.stringify(stuck));
const lastInPrefix = (v.longestPrefix ?? []).slice(-5).map((id) => ops.find((o) => o.id === id));
console.log('last in prefix', JSON.stringify(lastInPrefix));
const around = ops.filter((o) => o.callMs <= stuck.returnMs + 5 && o.returnMs >= stuck.callMs - 300).sort((a, b) => a.callMs - b.callMs);
for (const o of around) console.log(o.id, o.kind, o.input ?? '', o.output === undefined ? '' : `-> ${o.output}`, o.callMs.toFixed(1), o.returnMs === Infinity ? 'inf' : o.returnMs.toFixed(1));
// who wrote the value the stuck read returned
if (stuck.kind === 'get') for (const o of ops.filter((x) => x.kind === 'put' && x.input === stuck.output)) console.log('writer of read value', JSON.stringify(o));
