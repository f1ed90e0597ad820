import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ScaleForm } from "@/components/forms/scale-form";
import { getActor } from "@/lib/auth/actor";
import { roleCan } from "@/lib/auth/permissions";
import { readableTextColor } from "@/lib/ratings/colors";
import { pickLabel } from "@/lib/ratings/labels";
import { listScales } from "@/lib/ratings/queries";
import { saveScaleAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("scales"))("title") };
}

export default async function ScalesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await getActor();
  if (!actor || !roleCan(actor.role, "scale:manage")) notFound();
  const [scales, locale, t] = await Promise.all([listScales(), getLocale(), getTranslations("scales")]);
  const editId = (await searchParams).edit;
  const editing = scales.find((s) => s.id === editId) ?? null;
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <ul className="scales">
        {scales.map((s) => (
          <li key={s.id}>
            <h2>
              {s.name} {s.isDefault ? <span className="badge">{t("default")}</span> : null}
            </h2>
            <ol className="scale-ratings" aria-label={t("ratingsOf", { name: s.name })}>
              {s.ratings.map((r) => (
                <li key={r.id}>
                  <span className="badge verdict" style={{ background: r.color, color: readableTextColor(r.color) }}>
                    {pickLabel(r.labels, locale)}
                  </span>{" "}
                  <span className="muted" lang={locale === "en" ? "pt-BR" : "en"}>
                    {pickLabel(r.labels, locale === "en" ? "pt-BR" : "en")}
                  </span>
                  {r.offScale ? <span className="muted"> · {t("offScale")}</span> : null}
                </li>
              ))}
            </ol>
            <Link href={`/admin/scales?edit=${s.id}#scale-form`}>{t("edit", { name: s.name })}</Link>
          </li>
        ))}
      </ul>
      <h2 id="scale-form">{editing ? t("editing", { name: editing.name }) : t("create")}</h2>
      <ScaleForm
        key={editing?.id ?? "new"}
        action={saveScaleAction}
        scale={
          editing
            ? {
                id: editing.id,
                name: editing.name,
                ratings: editing.ratings.map((r) => ({
                  id: r.id,
                  labelEn: r.labels.find((l) => l.locale === "en")?.label ?? "",
                  labelPt: r.labels.find((l) => l.locale === "pt-BR")?.label ?? "",
                  color: r.color,
                  offScale: r.offScale,
                })),
              }
            : null
        }
      />
    </>
  );
}
