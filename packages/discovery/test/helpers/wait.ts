/**
 * Polls `condition` until it holds; on timeout throws with `describe()` so a failure says
 * what was seen. This waits for behaviour, it asserts nothing about speed.
 */
export async function waitFor(condition: () => boolean, describe: () => string, timeoutMs = 15_000, everyMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
