// What jsdom lacks and Fluent UI uses: a ResizeObserver that observes nothing.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
const g = globalThis as unknown as { ResizeObserver?: unknown };
g.ResizeObserver ??= NoResizeObserver;
