// What jsdom lacks and Fluent UI uses: a ResizeObserver that observes nothing.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
const g = globalThis as unknown as { ResizeObserver?: unknown };
g.ResizeObserver ??= NoResizeObserver;

// and what a browser has and jest's jsdom does not: the text codecs the .docx reader and writer use
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
const codecs = globalThis as unknown as { TextDecoder?: unknown; TextEncoder?: unknown };
codecs.TextDecoder ??= NodeTextDecoder;
codecs.TextEncoder ??= NodeTextEncoder;
