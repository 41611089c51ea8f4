// fetchProfile (the pane's 从网址加载) on its own, with a fake fetch: only https is fetched,
// whatever the caller checked, and no more than the profile limit is ever read.
import type { Lang } from "../../src/core/model/finding";
import { parseProfileJson } from "../../src/core/profile/profile";
import { MAX_PROFILE_BYTES } from "../../src/core/profile/profile-limits";
import { defaultProfile } from "../../src/core/profile/built-in";
import { translate } from "../../src/taskpane/i18n";
import { fetchProfile } from "../../src/taskpane/panes/ProfilePane";

const engine = { parseProfileJson };
const LANGS: Lang[] = ["zh-CN", "en-US"];
const CHUNK = 64 * 1024;

/** A fake fetch that answers `respond()` and records what it was asked. */
function fakeFetch(respond: () => Response) {
  const calls: { url: string; init?: RequestInit }[] = [];
  const fetcher = (async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return respond();
  }) as unknown as typeof fetch;
  return { fetcher, calls };
}

/** A body that never ends by itself, counting what was pulled from it and whether it was cancelled. */
function endlessBody() {
  const seen = { bytes: 0, pulls: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        seen.pulls++;
        seen.bytes += CHUNK;
        controller.enqueue(new Uint8Array(CHUNK).fill(0x20));
      },
      cancel() {
        seen.cancelled = true;
      },
    },
    { highWaterMark: 0 }, // nothing is pulled before the reader asks
  );
  return { stream, seen };
}

/** A body given as several chunks, cut inside multi-byte characters on purpose. */
function chunked(text: string, size = 1000): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, (at += size)));
    },
  });
}

const problem = (lang: Lang, key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => ({
  ok: false,
  problems: [{ path: "(root)", message: translate(lang, key, vars) }],
});

describe("anything but https is refused without a request", () => {
  const urls = [
    "http://example.org/profile.json",
    "http://localhost:3000/profile.json",
    "http://127.0.0.1/profile.json",
    "javascript:alert(1)",
    "file:///etc/passwd",
    "data:application/json,{}",
    "ftp://example.org/profile.json",
    "//example.org/profile.json",
    "example.org/profile.json",
    "https//example.org",
    "",
  ];
  for (const url of urls) {
    for (const lang of LANGS) {
      test(`${JSON.stringify(url)} (${lang})`, async () => {
        const { fetcher, calls } = fakeFetch(() => new Response(JSON.stringify(defaultProfile())));
        expect(await fetchProfile(url, engine, lang, fetcher)).toEqual(problem(lang, "urlMustBeHttps"));
        expect(calls).toEqual([]);
      });
    }
  }
});

describe("at most the profile limit is read", () => {
  for (const lang of LANGS) {
    test(`a body over the limit without Content-Length: refused once the limit is passed (${lang})`, async () => {
      const { stream, seen } = endlessBody();
      const { fetcher } = fakeFetch(() => new Response(stream));
      expect(await fetchProfile("https://example.org/p.json", engine, lang, fetcher)).toEqual(
        problem(lang, "profileTooLarge", { limit: "4 MiB" }),
      );
      expect(seen.bytes).toBeGreaterThan(MAX_PROFILE_BYTES);
      expect(seen.bytes).toBeLessThanOrEqual(MAX_PROFILE_BYTES + CHUNK);
      expect(seen.cancelled).toBe(true);
    });

    test(`a Content-Length over the limit: refused before the body is read (${lang})`, async () => {
      const { stream, seen } = endlessBody();
      const { fetcher } = fakeFetch(
        () => new Response(stream, { headers: { "content-length": String(MAX_PROFILE_BYTES + 1) } }),
      );
      expect(await fetchProfile("https://example.org/p.json", engine, lang, fetcher)).toEqual(
        problem(lang, "profileTooLarge", { limit: "4 MiB" }),
      );
      expect(seen.pulls).toBe(0);
      expect(seen.cancelled).toBe(true);
    });
  }

  test("a Content-Length that lies (small) does not let a large body through", async () => {
    const { stream, seen } = endlessBody();
    const { fetcher } = fakeFetch(() => new Response(stream, { headers: { "content-length": "100" } }));
    expect(await fetchProfile("https://example.org/p.json", engine, "en-US", fetcher)).toEqual(
      problem("en-US", "profileTooLarge", { limit: "4 MiB" }),
    );
    expect(seen.bytes).toBeLessThanOrEqual(MAX_PROFILE_BYTES + CHUNK);
  });

  test("a profile of exactly the limit is read", async () => {
    const json = JSON.stringify(defaultProfile());
    const body = json + " ".repeat(MAX_PROFILE_BYTES - new TextEncoder().encode(json).length);
    const { fetcher } = fakeFetch(() => new Response(chunked(body, CHUNK)));
    const r = await fetchProfile("https://example.org/p.json", engine, "zh-CN", fetcher);
    expect(r.ok).toBe(true);
  });
});

describe("a good profile over https", () => {
  test("is read (in pieces cut inside characters) and validated; no credentials, no redirects", async () => {
    const { fetcher, calls } = fakeFetch(() => new Response(chunked(JSON.stringify(defaultProfile()), 999)));
    const r = await fetchProfile("  HTTPS://Example.org/团队/profile.json ", engine, "zh-CN", fetcher);
    expect(r).toEqual({ ok: true, profile: defaultProfile() });
    expect(calls).toEqual([
      { url: "https://example.org/%E5%9B%A2%E9%98%9F/profile.json", init: { credentials: "omit", redirect: "error" } },
    ]);
  });

  test("is validated like a file: a key stated twice is an error at its path", async () => {
    const text = JSON.stringify(defaultProfile()).replace('{"id":', '{"id":"a","id":');
    const { fetcher } = fakeFetch(
      () => new Response(text, { headers: { "content-length": String(new TextEncoder().encode(text).length) } }),
    );
    expect(await fetchProfile("https://example.org/p.json", engine, "zh-CN", fetcher)).toEqual({
      ok: false,
      problems: [{ path: "id", message: '重复的键 "id" / duplicate key "id"' }],
    });
  });

  for (const lang of LANGS) {
    test(`an HTTP error is said in words (${lang})`, async () => {
      const { fetcher } = fakeFetch(() => new Response("not here", { status: 404 }));
      expect(await fetchProfile("https://example.org/p.json", engine, lang, fetcher)).toEqual(
        problem(lang, "profileHttpError", { status: 404 }),
      );
    });
  }
});
