import Link from "next/link";
import { useTranslations } from "next-intl";
import { pickLabel } from "@/lib/ratings/labels";
import type { QueueResult } from "@/lib/review/claim-queue";
import type { WorkspaceRating } from "@/lib/review/queries";
import type { ClaimQueueParams } from "@/lib/schemas/claim-queue";
import { claimStatuses } from "@/lib/schemas/claim-status";
import { QueueFilterForm } from "./queue-filter-form";

/**
 * Search, filters (each value with its count) and sort of the claim queue;
 * state lives in the URL. `path` is the current address without its search
 * string: changing a filter keeps the open claim open.
 */
export function QueueFilters({
  path,
  params,
  counts,
  groups,
  ratings,
  users,
  speakers,
  viewerId,
  locale,
}: {
  path: string;
  params: ClaimQueueParams;
  counts: QueueResult<unknown>["counts"];
  groups: Map<string, number>;
  ratings: WorkspaceRating[];
  users: { id: string; name: string }[];
  speakers: string[];
  viewerId: string;
  locale: string;
}) {
  const t = useTranslations("queue");
  const ts = useTranslations("status");
  const n = (key: keyof typeof counts, value: string) => counts[key].get(value) ?? 0;
  const opt = (label: string, count: number) => `${label} (${count})`;
  const filtered = ["status", "verdict", "assignee", "speaker", "group", "cw", "q"].some((k) => params[k as keyof ClaimQueueParams] !== undefined);
  return (
    <QueueFilterForm base={path} label={t("filtersLabel")}>
      <div className="queue-search">
        <label htmlFor="queue-search">{t("search")}</label>
        <input id="queue-search" type="search" name="q" defaultValue={params.q ?? ""} placeholder={t("searchPlaceholder")} aria-keyshortcuts="/" />
        <button type="submit" className="button secondary small">
          {t("apply")}
        </button>
      </div>
      <div className="queue-selects">
        <Select id="f-status" name="status" label={t("status")} value={params.status}>
          <option value="">{t("any")}</option>
          {claimStatuses.map((s) => (
            <option key={s} value={s}>
              {opt(ts(s), n("status", s))}
            </option>
          ))}
        </Select>
        <Select id="f-verdict" name="verdict" label={t("verdict")} value={params.verdict}>
          <option value="">{t("any")}</option>
          <option value="none">{opt(t("noVerdict"), n("verdict", "none"))}</option>
          {ratings.map((r) => (
            <option key={r.id} value={r.key}>
              {opt(pickLabel(r.labels, locale), n("verdict", r.key))}
            </option>
          ))}
        </Select>
        <Select id="f-assignee" name="assignee" label={t("assignee")} value={params.assignee}>
          <option value="">{t("anyone")}</option>
          <option value="me">{opt(t("assignedToMe"), n("assignee", viewerId))}</option>
          <option value="none">{opt(t("unassigned"), n("assignee", "none"))}</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {opt(u.name, n("assignee", u.id))}
            </option>
          ))}
        </Select>
        <Select id="f-speaker" name="speaker" label={t("speaker")} value={params.speaker}>
          <option value="">{t("any")}</option>
          {speakers.map((s) => (
            <option key={s} value={s}>
              {opt(s, n("speaker", s))}
            </option>
          ))}
        </Select>
        <Select id="f-group" name="group" label={t("duplicates")} value={params.group}>
          <option value="">{t("any")}</option>
          <option value="any">{opt(t("withDuplicates"), n("group", "any"))}</option>
          {params.group && params.group !== "any" ? <option value={params.group}>{opt(t("thisGroup"), groups.get(params.group) ?? 0)}</option> : null}
        </Select>
        <Select id="f-cw" name="cw" label={t("checkworthy")} value={params.cw}>
          <option value="">{t("any")}</option>
          <option value="yes">{opt(t("checkworthyYes"), n("cw", "yes"))}</option>
          <option value="no">{opt(t("checkworthyNo"), n("cw", "no"))}</option>
        </Select>
        <Select id="f-sort" name="sort" label={t("sort")} value={params.sort}>
          <option value="position">{t("sortPosition")}</option>
          <option value="score">{t("sortScore")}</option>
        </Select>
      </div>
      {filtered ? (
        <p>
          <Link href={path} scroll={false}>
            {t("clear")}
          </Link>
        </p>
      ) : null}
    </QueueFilterForm>
  );
}

function Select({ id, name, label, value, children }: { id: string; name: string; label: string; value: string | undefined; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""} key={value ?? ""}>
        {children}
      </select>
    </div>
  );
}
