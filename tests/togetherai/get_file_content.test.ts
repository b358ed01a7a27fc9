import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/get_file_content.ts";
import fixture from "../../fixtures/togetherai/get_file_content.json";
import { failure, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const auth = { api_key: "tgp_v1_test0123456789abcdef" };
const id = "file-7f3a9c21-0b4e-4d7a-9e15-2c8b6f0d4a13";
const URL = `https://api.together.xyz/v1/files/${id}/content`;
const bytes = Uint8Array.from(atob(fixture.response.base64), (c) => c.charCodeAt(0));
const text = (
  headers: Record<string, string> = { "content-type": "text/plain; charset=utf-8" },
  body: BodyInit = bytes,
) => new Response(body, { headers });

describe("togetherai/get_file_content", () => {
  test("gets /files/{id}/content with the bearer key, encoding the id", async () => {
    const seen = mock("get", "https://api.together.xyz/v1/files/file%2Fodd%20id/content", text());
    await main(auth, { id: "file/odd id" });
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("GET");
    expect(seen[0].headers.authorization).toBe("Bearer tgp_v1_test0123456789abcdef");
  });

  test("takes the file name Together offers in Content-Disposition", async () => {
    mock(
      "get",
      URL,
      text(
        {
          "content-type": "application/octet-stream",
          "content-disposition": 'attachment; filename="support_chats.parquet"',
        },
        new Uint8Array([0x50, 0x41, 0x52, 0x31, 0]),
      ),
    );
    const result: any = await main(auth, { id });
    expect(result.file.filename).toBe("support_chats.parquet");
    expect(result.file.content_type).toBe("application/octet-stream");
  });

  test("refuses a file too large for a Windmill job without reading it, and does not retry", async () => {
    const seen = mock(
      "get",
      URL,
      text({ "content-type": "text/plain", "content-length": String(40 * 1048576) }, new Uint8Array(4)),
    );
    const err = await failure(main(auth, { id }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toStartWith("Together file too large: the file is 40.0 MiB;");
    expect(seen).toHaveLength(1);
  });

  test("rejects an empty id before any request", async () => {
    const err = await failure(main(auth, { id: "" }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe("body.id: is required");
  });
});
