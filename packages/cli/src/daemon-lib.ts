/**
 * The daemon library, loaded only by the commands that need it (init, daemon, demo, id,
 * logs). It pulls in libp2p and the rest of the node (about 2 s of start-up on a loaded
 * machine); the commands that only talk to a node's API start without it.
 */
import type * as DaemonLibrary from '@continuum/daemon';

export const daemonLib = (): Promise<typeof DaemonLibrary> => import('@continuum/daemon');
