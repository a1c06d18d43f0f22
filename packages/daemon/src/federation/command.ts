/**
 * Federation commands: the protobuf `Command` of proto/federation.proto, one per Raft log
 * entry. Encoding is bounded by limits.maxCommandBytes; decoding never throws anything
 * but ContinuumError('COMMAND_INVALID').
 */
import { ContinuumError } from '../errors.js';
import { continuum } from '../gen/federation.js';
import { limits } from '../limits.js';

const { Command } = continuum.daemon.v1;

/** What a proposer writes: the proto's fields in camelCase, exactly one kind set. */
export type CommandInput = continuum.daemon.v1.Command.$Properties;
/** A decoded command (every scalar present, `kind` names the set field). */
export type DecodedCommand = continuum.daemon.v1.Command;
export type CommandKind = NonNullable<DecodedCommand['kind']>;

function invalid(reason: string, cause?: unknown): ContinuumError<'COMMAND_INVALID'> {
  return new ContinuumError('COMMAND_INVALID', `federation command: ${reason}`, { reason }, cause === undefined ? undefined : { cause });
}

export function encodeCommand(command: CommandInput): Uint8Array {
  const bytes = Command.encode(command).finish();
  if (bytes.byteLength > limits.maxCommandBytes) throw invalid(`${bytes.byteLength} bytes is over ${limits.maxCommandBytes}`);
  return bytes;
}

export function decodeCommand(bytes: Uint8Array): DecodedCommand {
  if (bytes.byteLength > limits.maxCommandBytes) throw invalid(`${bytes.byteLength} bytes is over ${limits.maxCommandBytes}`);
  let command: DecodedCommand;
  try {
    command = Command.decode(bytes);
  } catch (error) {
    throw invalid(`cannot decode: ${(error as Error).message}`, error);
  }
  if (command.kind === undefined) throw invalid('no command kind set');
  return command;
}
