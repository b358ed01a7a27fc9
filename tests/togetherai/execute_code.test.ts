import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/execute_code.ts";
import fixture from "../../fixtures/togetherai/execute_code.json";
import failed from "../../fixtures/togetherai/execute_code.failed.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/tci/execute";
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const code = "import pandas as pd\ndf = pd.read_csv('data.csv')\nprint('rows:', len(df))\ndf['n'].sum()";
const csv = btoa("n\n1\n2\n3\n");

describe("togetherai/execute_code", () => {
  test("sends language python when it is left empty, as the API requires it", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    await main(auth, { code: "print(1)", language: null } as any);
    expect(seen[0].body).toEqual({ code: "print(1)", language: "python" });
  });

  test("leaves out an emptied session_id and an empty file list", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    await main(auth, { code: "print(1)", session_id: "", files: [] });
    expect(seen[0].body).toEqual({ code: "print(1)", language: "python" });
  });

  test("sends an empty file's content as an empty string, not as a form leftover", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    const files = [{ name: "pkg/__init__.py", encoding: "string" as const, content: "" }];
    await main(auth, { code: "import pkg", files });
    expect(seen[0].body).toEqual({ code: "import pkg", language: "python", files });
  });

  test("sends a base64 file given as a data: URI as bare base64", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    await main(auth, {
      code,
      files: [{ name: "data.csv", encoding: "base64", content: `data:text/csv;base64,${csv}` }],
    });
    expect(seen[0].body.files).toEqual([{ name: "data.csv", encoding: "base64", content: csv }]);
  });

  test("fails with Together's errors when the reply reports a failed execution", async () => {
    mock("post", URL, json(failed.response.json));
    const err = await failure(main(auth, { code, session_id: "ses_CM42NfvvzCab123" }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(200);
    expect(err.message).toBe("Together 200: Session ses_CM42NfvvzCab123 has expired or does not belong to you");
  });

  test.each([
    ["empty code", { code: "  " }, "body.code: must not be empty"],
    [
      "a file without encoding",
      { code, files: [{ name: "a.txt", content: "x" }] },
      "body.files[0].encoding: is required",
    ],
    ["another language", { code, language: "javascript" }, 'body.language: must be one of "python" (got "javascript")'],
  ])("rejects %s before any request", async (_, input, message) => {
    const err = await failure(main(auth, input as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
