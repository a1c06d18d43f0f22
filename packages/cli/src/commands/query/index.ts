import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { QueryAnswer } from '@continuum/daemon';
import { createContext, type RegisterCommand } from '../../context.js';
import type { CliIo } from '../../io.js';
import { renderTable } from '../../output/table.js';
import { parseDurationMs, parseWhenMs, shortTime } from '../../output/time.js';

export interface WindowOptions {
  from?: number;
  to?: number;
  bucket?: number;
}

/** The query string of a window (absent parts take the node's defaults: the last 24 h, 1 h buckets). */
export function windowQuery(options: WindowOptions): Record<string, string | undefined> {
  return {
    from: options.from === undefined ? undefined : String(options.from),
    to: options.to === undefined ? undefined : String(options.to),
    bucket: options.bucket === undefined ? undefined : String(options.bucket),
  };
}

/** Adds --from, --to (and --bucket) to a command that reads /v1/query. */
export function windowOptions(command: Command, withBucket: boolean): Command {
  command
    .option('--from <when>', 'start: ISO date, ms since the epoch, or how long ago (24h, 7d); default 24h before --to', (raw) => parseWhenMs(raw))
    .option('--to <when>', 'end (exclusive); default now', (raw) => parseWhenMs(raw));
  if (withBucket) command.option('--bucket <duration>', 'series bucket: 1m, 15m, 1h, 1d (a whole number of minutes); default 1h', parseDurationMs);
  return command;
}

function counts(record: Readonly<Record<string, number>>, limit = 12): string {
  const entries = Object.entries(record).sort(([, a], [, b]) => b - a);
  if (entries.length === 0) return '-';
  const shown = entries.slice(0, limit).map(([key, value]) => `${key} ${value}`).join(', ');
  return entries.length > limit ? `${shown}, … (${entries.length - limit} more)` : shown;
}

export function renderQuery(answer: QueryAnswer, top: number): string {
  const { totals } = answer;
  const series = answer.series.filter((row) => row.posts > 0);
  const lines = [
    `window:      ${shortTime(answer.from_ms)} → ${shortTime(answer.to_ms)} (bucket ${answer.bucket_ms / 60_000} min), subtree of ${answer.node}`,
    `posts:       ${totals.posts}`,
    `category:    ${counts(totals.by_category)}`,
    `severity:    ${counts(totals.by_severity)}`,
    `language:    ${counts(totals.by_language)}`,
    `territory:   ${counts(totals.by_territory)}`,
    `campaigns:   ${answer.campaigns.length}    alerts: ${answer.alerts.length}`,
    '',
    series.length === 0 ? 'no posts in this window' : renderTable(['bucket', 'posts', 'hate_speech', 'offensive', 'threat', 'harassment'], series.map((row) => [
      shortTime(row.bucket_ms), String(row.posts), String(row.by_category.hate_speech), String(row.by_category.offensive), String(row.by_category.threat), String(row.by_category.harassment),
    ])),
  ];
  const tags = answer.top_hashtags.slice(0, top);
  if (tags.length > 0) lines.push('', renderTable(['hashtag', 'count'], tags.map((tag) => [`#${tag.tag}`, String(tag.count)])));
  return lines.join('\n');
}

const parseTop = (raw: string): number => {
  if (!/^\d{1,4}$/.test(raw)) throw new InvalidArgumentError('a whole number');
  return Number(raw);
};

export const registerQuery: RegisterCommand = (program: Command, io: CliIo) => {
  const command = program.command('query')
    .description("counts over this node's subtree: posts by category, severity, language and territory over time, top hashtags")
    .option('--top <n>', 'how many hashtags to show', parseTop, 10)
    .addHelpText('after', '\nAnswered from the node\'s replicated metadata (its subtree: a leaf its own posts, the global node all).\nExamples:\n  continuum query\n  continuum query --from 7d --bucket 1d\n  continuum query --from 2026-11-21T00:00:00Z --to 2026-11-22T00:00:00Z --json');
  windowOptions(command, true).action(async (options: WindowOptions & { top: number }, cmd: Command) => {
    const context = createContext(io, cmd);
    const answer = await (await context.client()).json<QueryAnswer>('GET', '/v1/query', { query: windowQuery(options) });
    context.print(answer, (a) => renderQuery(a, options.top));
  });
};
