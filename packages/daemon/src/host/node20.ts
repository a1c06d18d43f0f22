// Loads the Node 20 shims (Promise.withResolvers) before libp2p: the discovery package's
// index imports them. Import this module first in every module that imports libp2p.
import '@continuum/discovery';
