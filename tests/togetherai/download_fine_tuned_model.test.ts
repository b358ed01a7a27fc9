import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/download_fine_tuned_model.ts";
import fixture from "../../fixtures/togetherai/download_fine_tuned_model.json";
import { failure, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/finetune/download";
const auth = { api_key: "tgp_v1_test0123456789abcdef" };
const ft_id = "ft-3b883474-f39c-40d9-9d5a-7f97ba9eeb9f";
const bytes = Uint8Array.from(atob(fixture.response.base64), (c) => c.charCodeAt(0));
const archive = (headers: Record<string, string> = fixture.response.headers) => new Response(bytes, { headers });

describe("togetherai/download_fine_tuned_model", () => {
  test("names the file after the fine-tune and step when Together names none", async () => {
    const seen = mock("get", URL, archive({ "content-type": "application/octet-stream" }));
    const result: any = await main(auth, { ft_id, checkpoint_step: 120 });
    expect(seen[0].url).toBe(`${URL}?ft_id=${ft_id}&checkpoint_step=120`);
    expect(result.file.filename).toBe(`${ft_id}-step-120.tar.zst`);
  });

  test("sends ft_id alone, as the spec's examples do, and names the file after the fine-tune", async () => {
    const seen = mock("get", URL, archive({ "content-type": "application/octet-stream" }));
    const result: any = await main(auth, { ft_id });
    expect(seen[0].url).toBe(`${URL}?ft_id=${ft_id}`);
    expect(result.file.filename).toBe(`${ft_id}.tar.zst`);
  });

  test("refuses an archive over its cap from its Content-Length, before reading it", async () => {
    mock("get", URL, archive({ "content-type": "application/octet-stream", "content-length": String(16 * 1024 ** 3) }));
    const err = await failure(main(auth, { ft_id, checkpoint: "merged" }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.retryable).toBe(false);
    expect(err.message).toBe(
      "Together file too large: the file is 16384.0 MiB; a Windmill job returns files up to 38.0 MiB (128 MiB heap, base64 result), download it outside Windmill",
    );
  });

  test.each([
    [
      "an unknown checkpoint type",
      { ft_id, checkpoint: "full" },
      'body.checkpoint: must be one of "merged", "adapter", "model_output_path" (got "full")',
    ],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
