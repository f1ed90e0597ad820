import "server-only";
import { db } from "@/lib/db/client";

/** Every rating scale with its ratings in order and their labels (admin page, scale chooser). */
export async function listScales() {
  return db.ratingScale.findMany({
    orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }],
    select: {
      id: true,
      key: true,
      name: true,
      isDefault: true,
      ratings: { orderBy: { position: "asc" }, select: { id: true, key: true, color: true, offScale: true, labels: { select: { locale: true, label: true } } } },
    },
  });
}
export type ScaleSummary = Awaited<ReturnType<typeof listScales>>[number];

/** Id and name of every rating scale, default first (an article's scale chooser). */
export async function listScaleNames() {
  return db.ratingScale.findMany({ orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }], select: { id: true, name: true } });
}
