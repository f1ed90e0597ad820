"use client";
import { createContext, useContext, useOptimistic, type ReactNode } from "react";

type Proposal = { claimId: string; ratingId: string };
type PendingVerdicts = { pending: ReadonlyMap<string, string>; propose: (p: Proposal) => void };

const empty: ReadonlyMap<string, string> = new Map();
const Context = createContext<PendingVerdicts>({ pending: empty, propose: () => {} });

/**
 * Verdicts being saved, shown in the queue before the server answers. The
 * verdict form proposes inside its action; React drops the proposal when
 * the action ends — by then the refreshed queue carries the saved verdict,
 * or, if the save was refused, the row shows what it had before.
 */
export function PendingVerdictsProvider({ children }: { children: ReactNode }) {
  const [pending, propose] = useOptimistic(empty, (current, p: Proposal) => new Map(current).set(p.claimId, p.ratingId));
  return <Context value={{ pending, propose }}>{children}</Context>;
}

export const usePendingVerdicts = () => useContext(Context);
