import { afterEach, describe, expect, it, vi } from "vitest";
import { askAgainOnce, studioRequest } from "@/components/studio/api";

// `next dev` can answer 500 while it rewrites a manifest (components/studio/api.ts): the studio
// asks once more, and only once.
describe("the studio asks again once when next dev fails a request", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("a route that answered 500 is asked again, and its second answer is the one used", async () => {
    const fetch = vi.fn().mockResolvedValueOnce(new Response("", { status: 500 })).mockResolvedValueOnce(Response.json({ ok: true }));
    vi.stubGlobal("fetch", fetch);
    expect(await studioRequest("jeton", "list")).toEqual({ status: 200, data: { ok: true } });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("a refusal (4xx) is never asked again", async () => {
    const fetch = vi.fn().mockResolvedValue(Response.json({ message: "refusé" }, { status: 403 }));
    vi.stubGlobal("fetch", fetch);
    expect((await studioRequest("jeton", "save", {})).status).toBe(403);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("« Aperçu » that threw is asked again once; a second failure is reported", async () => {
    const once = vi.fn().mockRejectedValueOnce(new Error("Unexpected end of JSON input")).mockResolvedValueOnce("aperçu");
    expect(await askAgainOnce(once)).toBe("aperçu");
    const always = vi.fn().mockRejectedValue(new Error("arrêté"));
    await expect(askAgainOnce(always)).rejects.toThrow("arrêté");
    expect(always).toHaveBeenCalledTimes(2);
  });

  it("« Aperçu » is not asked again once a newer one was asked for", async () => {
    const failing = vi.fn().mockRejectedValue(new Error("Unexpected end of JSON input"));
    await expect(askAgainOnce(failing, () => false)).rejects.toThrow("Unexpected end");
    expect(failing).toHaveBeenCalledTimes(1);
  });
});
