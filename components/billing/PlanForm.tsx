"use client";

import { useActionState } from "react";
import { choosePlan, type PlanState } from "@/app/subscribe/actions";

export function PlanForm({ plan, perSeat, cta }: { plan: string; perSeat: boolean; cta: string }) {
  const [state, action, pending] = useActionState<PlanState, FormData>(choosePlan, {});
  return (
    <form action={action} className="mt-4 space-y-3">
      <input type="hidden" name="plan" value={plan} />
      {perSeat && (
        <>
          <div>
            <label htmlFor={`${plan}-org`} className="block text-sm font-semibold">
              Company name
            </label>
            <input
              id={`${plan}-org`}
              name="organizationName"
              required
              minLength={2}
              maxLength={120}
              className="mt-1 w-full rounded border border-neutral-400 px-3 py-2"
            />
          </div>
          <div>
            <label htmlFor={`${plan}-seats`} className="block text-sm font-semibold">
              Seats
            </label>
            <input
              id={`${plan}-seats`}
              name="seats"
              type="number"
              min={2}
              max={500}
              defaultValue={5}
              required
              className="mt-1 w-28 rounded border border-neutral-400 px-3 py-2"
            />
          </div>
        </>
      )}
      <button type="submit" disabled={pending} className="w-full rounded bg-brand px-4 py-3 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? "Opening secure checkout…" : cta}
      </button>
      {state.message && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {state.message}
        </p>
      )}
    </form>
  );
}
