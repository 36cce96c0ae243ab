// Folder names and the save form's input (lib/folders/input.ts): what makes two
// names one folder, and what the form refuses before the database is asked.
import { describe, expect, it } from "vitest";
import { folderName, folderNameKey, itemRef, note, tidyFolderName } from "../../lib/folders/input.ts";

describe("folder names", () => {
  it("are shown tidied and compared without case or extra spaces", () => {
    expect(tidyFolderName("  Acme   v.\tUnited States ")).toBe("Acme v. United States");
    expect(folderNameKey("ACME  v. united states")).toBe(folderNameKey(" Acme v. United States"));
    expect(folderNameKey("Acme v. United States")).not.toBe(folderNameKey("Acme v. United State"));
  });

  it("need 1 to 80 characters and no control characters", () => {
    expect(folderName.safeParse("   ").success).toBe(false);
    expect(folderName.safeParse("x".repeat(81)).success).toBe(false);
    expect(folderName.safeParse("x".repeat(80)).success).toBe(true);
    expect(folderName.safeParse("Smith\u0000matter").success).toBe(false);
    expect(folderName.parse("  Smith   matter ")).toBe("Smith matter");
  });

  it("notes are bounded and their line ends normalised", () => {
    expect(note.parse(" first\r\nsecond \r")).toBe("first\nsecond");
    expect(note.safeParse("x".repeat(2001)).success).toBe(false);
  });

  it("an item is an article by its ten-digit public ID or a document by its id, nothing else", () => {
    expect(itemRef.safeParse({ kind: "article", id: "2007090041" }).success).toBe(true);
    expect(itemRef.safeParse({ kind: "article", id: "2007090041/../x" }).success).toBe(false);
    expect(itemRef.safeParse({ kind: "document", id: "cmx2xpxje0000ph7dfzvtkgj5" }).success).toBe(true);
    expect(itemRef.safeParse({ kind: "document", id: "../etc/passwd" }).success).toBe(false);
    expect(itemRef.safeParse({ kind: "edition", id: "2030-01-07" }).success).toBe(false);
  });
});
