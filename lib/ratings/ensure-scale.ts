import type { Tx } from "@/lib/db/create-client";
import type { ScalePreset } from "./presets";

/** Creates a preset scale if it is missing (idempotent); returns its id. */
export async function ensureScale(tx: Tx, preset: ScalePreset, isDefault = false): Promise<string> {
  const existing = await tx.ratingScale.findUnique({ where: { key: preset.key }, select: { id: true } });
  if (existing) return existing.id;
  const scale = await tx.ratingScale.create({
    data: {
      key: preset.key,
      name: preset.name,
      isDefault,
      ratings: {
        create: preset.ratings.map((r, position) => ({
          key: r.key,
          position,
          color: r.color,
          offScale: r.offScale ?? false,
          labels: { create: Object.entries(r.labels).map(([locale, label]) => ({ locale, label })) },
        })),
      },
    },
    select: { id: true },
  });
  return scale.id;
}
