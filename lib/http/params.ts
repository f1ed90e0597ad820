import { entityId } from "@/lib/schemas/fields";
import { DomainError } from "@/lib/errors";

/** A route's id segment; a malformed id is the same 404 as an unknown one. */
export function entityIdParam(raw: string, what: string): string {
  const parsed = entityId(what).safeParse(raw);
  if (!parsed.success) throw new DomainError("not_found", `${what} was not found`);
  return parsed.data;
}
