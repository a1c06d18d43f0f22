// Whether this machine delivers IPv4 multicast to 224.0.0.251:5353 (the mDNS group) back
// to a local socket. Containers without a multicast route do not; mDNS tests skip there.
import { createSocket } from 'node:dgram';

export async function probeMulticast(timeoutMs = 1_000): Promise<{ ok: true } | { ok: false; reason: string }> {
  const socket = createSocket({ type: 'udp4', reuseAddr: true });
  const token = Buffer.from(`continuum-probe-${process.pid}-${Date.now()}`);
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.bind(5353, () => resolve());
    });
    socket.addMembership('224.0.0.251');
    socket.setMulticastLoopback(true);
    const received = new Promise<boolean>((resolve) => {
      socket.on('message', (message) => { if (message.equals(token)) resolve(true); });
      setTimeout(() => resolve(false), timeoutMs);
    });
    await new Promise<void>((resolve, reject) => socket.send(token, 5353, '224.0.0.251', (error) => (error ? reject(error) : resolve())));
    return (await received) ? { ok: true } : { ok: false, reason: 'a packet sent to 224.0.0.251:5353 did not come back (no multicast loopback here)' };
  } catch (error) {
    return { ok: false, reason: `multicast socket failed: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    socket.close();
  }
}
