// One mailbox, however its address is spelled: plus-tags (reader1+again1@…)
// and, at Gmail, dots and googlemail.com all deliver to the same inbox. Used
// for eligibility only (one free preview per mailbox); the address a reader
// typed stays their address everywhere else.
const DOTLESS = new Set(["gmail.com", "googlemail.com"]);

/** The canonical mailbox for an address (lower case, no plus-tag, Gmail's dots removed); null for something that is not an address. */
export function canonicalMailbox(email: string): string | null {
  const at = email.lastIndexOf("@");
  if (at <= 0 || at === email.length - 1) return null;
  let local = email.slice(0, at).trim().toLowerCase();
  let domain = email
    .slice(at + 1)
    .trim()
    .toLowerCase();
  local = local.split("+")[0];
  if (DOTLESS.has(domain)) {
    local = local.replace(/\./g, "");
    domain = "gmail.com";
  }
  return local ? `${local}@${domain}` : null;
}
