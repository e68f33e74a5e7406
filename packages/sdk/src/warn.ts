/** The SDK's only output: a console warning, which itself must never throw into the page. */
export function warn(message: string): void {
  try {
    console.warn(`[footprint] ${message}`);
  } catch {
    // No console: stay silent.
  }
}
