import { cookies } from "next/headers";
import { z } from "zod";
import { CodeForm } from "@/components/paywall/CodeForm";
import { PlainSignupForm } from "@/components/paywall/PlainSignupForm";
import { PENDING_COOKIE, pendingEmail } from "@/lib/auth/pending-sign-in";

// Rendered per request, so its scripts carry this response's nonce (or the
// front's placeholder) (docs/decisions/0010-security-headers.md).
export const dynamic = "force-dynamic";

export const metadata = { title: "Check your email", robots: { index: false } };

// Where the zero-JS sign-up form (app/api/preview-signup/route.ts) lands
// after sending a link, and where the code form (app/api/sign-in/code/
// route.ts) comes back to with `code` = why a code did not sign in.
const answer = z.object({
  code: z.enum(["wrong", "format", "too-many", "expired", "limited"]).optional().catch(undefined),
  left: z.coerce.number().int().min(1).max(5).optional().catch(undefined),
  retry: z.coerce.number().int().min(1).max(86_400).optional().catch(undefined),
});

const wait = (s = 3600) => (s > 90 ? `${Math.ceil(s / 60)} minutes` : `${s} seconds`);

export default async function CheckEmail({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const q = answer.parse(await searchParams);
  const email = pendingEmail((await cookies()).get(PENDING_COOKIE)?.value);
  const dead = q.code === "too-many" || q.code === "expired" || (!email && q.code !== undefined);
  if (dead) {
    return (
      <section className="mx-auto max-w-md" aria-labelledby="check-title">
        <h1 id="check-title" className="font-serif text-3xl font-bold">
          {q.code === "too-many" ? "Too many wrong codes" : "This code can no longer be used"}
        </h1>
        <p role="alert" className="mt-2 text-[15px]">
          {q.code === "too-many"
            ? "The code was typed wrong 5 times, so it no longer works, even if the next try is right. Get a new code below."
            : "The code has expired or was already used, or this browser did not ask for it. Get a new code below."}
        </p>
        <PlainSignupForm returnTo="/account" cta="Email me a new code" email={email ?? ""} />
      </section>
    );
  }
  const error =
    q.code === "wrong"
      ? `That code is not right. ${q.left} ${q.left === 1 ? "try" : "tries"} left.`
      : q.code === "format"
        ? "Type the 6 digits from the email."
        : q.code === "limited"
          ? `Too many wrong codes from your network. Please try again in ${wait(q.retry)}, or use the link in the email.`
          : undefined;
  return (
    <section className="mx-auto max-w-md" aria-labelledby="check-title">
      <h1 id="check-title" className="font-serif text-3xl font-bold">
        Check your email
      </h1>
      <div role="status" className="mt-4 rounded border border-green-700/30 bg-green-50 p-4 text-[15px]">
        <p className="font-semibold">Check your inbox.</p>
        <p className="mt-1">
          A sign-in link and a 6-digit code are on their way
          {email ? (
            <>
              {" "}
              to <strong>{email}</strong>
            </>
          ) : null}
          . Open the link, or type the code here if the email is on another device. Both work once and expire soon.
        </p>
      </div>
      {email && <CodeForm error={error} />}
    </section>
  );
}
