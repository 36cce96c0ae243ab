import { describe, expect, it } from "vitest";
import { tooManySearchesMessage } from "../../lib/search/rate-limit.ts";

// The count is lib/rate-limit.ts's (PostgreSQL, shared by every instance):
// tests/integration/search-rate-limit.test.ts and instances.test.ts.
describe("search rate limit", () => {
  it("the message", () => {
    expect(tooManySearchesMessage(1)).toBe("Too many searches; try again in 1 second.");
    expect(tooManySearchesMessage(30)).toBe("Too many searches; try again in 30 seconds.");
  });
});
