// The discovery package's dnsmasq helper (a real DNS server started per test), shared here
// rather than copied.
export * from '../../../discovery/test/helpers/dnsmasq.js';
