/**
 * Typed errors of @continuum/discovery. Every CONTINUUM error has the same shape: a stable
 * `code`, a human message and typed `details`, and it survives JSON unchanged
 * (`toJSON` gives `{ name, code, message, details }`). The class lives here rather than
 * in a shared package because this package imports no other workspace package.
 */

/** Details carried by each code; add a code here before throwing it. */
export interface DiscoveryErrorDetails {
  /** A configured address, domain or server that cannot be used. */
  CONFIG_INVALID: { readonly field: string; readonly value: string; readonly reason: string };
  /** A DNS lookup that failed or timed out. */
  RESOLVE_FAILED: { readonly name: string; readonly server?: string; readonly reason: string };
  /** A DNS answer that was received but cannot be used (bad SRV target, port, dnsaddr). */
  RECORD_INVALID: { readonly name: string; readonly record: string; readonly reason: string };
  /** A dial to a discovered or configured address that failed. */
  DIAL_FAILED: { readonly target: string; readonly reason: string };
  /** A peer-exchange message that is malformed or over a bound. */
  PEX_INVALID: { readonly peer: string; readonly reason: string };
  /** A peer-exchange request the isAllowed hook refused. */
  PEX_REFUSED: { readonly peer: string };
  /** The mDNS socket failed (no multicast on this machine, port in use). */
  MDNS_FAILED: { readonly reason: string };
}

export type DiscoveryErrorCode = keyof DiscoveryErrorDetails;

/** The JSON form of any CONTINUUM error. */
export interface ErrorJson<C extends string = string, D = unknown> {
  readonly name: string;
  readonly code: C;
  readonly message: string;
  readonly details: D;
}

export class DiscoveryError<C extends DiscoveryErrorCode = DiscoveryErrorCode> extends Error {
  override readonly name = 'DiscoveryError';
  readonly code: C;
  readonly details: DiscoveryErrorDetails[C];

  constructor(code: C, message: string, details: DiscoveryErrorDetails[C], options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.details = details;
  }

  /** Narrows an unknown error to this family, optionally to one code. */
  static is<K extends DiscoveryErrorCode>(error: unknown, code?: K): error is DiscoveryError<K> {
    return error instanceof DiscoveryError && (code === undefined || error.code === code);
  }

  toJSON(): ErrorJson<C, DiscoveryErrorDetails[C]> {
    return { name: this.name, code: this.code, message: this.message, details: this.details };
  }
}
