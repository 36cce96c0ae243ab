import { describe, expect, it } from "vitest";
import { canonicalMailbox } from "../../lib/access/mailbox.ts";

describe("one mailbox, however it is spelled", () => {
  it.each([
    ["reader1@example.com", "reader1@example.com"],
    ["Reader1+again1@Example.com", "reader1@example.com"],
    ["reader1+a+b@example.com", "reader1@example.com"],
    ["jane.doe@gmail.com", "janedoe@gmail.com"],
    ["Jane.Doe+news@googlemail.com", "janedoe@gmail.com"],
    ["jane.doe@firm.com", "jane.doe@firm.com"],
  ])("%s is the mailbox %s", (input, mailbox) => expect(canonicalMailbox(input)).toBe(mailbox));

  it.each(["", "no-at-sign", "@example.com", "user@", "+tag@example.com"])("%j is not a mailbox", (input) => expect(canonicalMailbox(input)).toBeNull());
});
