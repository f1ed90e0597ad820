/** Rating scales shipped with Claimdesk. Order = position on the scale, best first. */
export interface RatingPreset {
  key: string;
  color: string;
  offScale?: boolean;
  labels: { en: string; "pt-BR": string };
}
export interface ScalePreset {
  key: string;
  name: string;
  ratings: RatingPreset[];
}

export const defaultScale: ScalePreset = {
  key: "default",
  name: "Claimdesk six-step",
  ratings: [
    { key: "true", color: "#15803d", labels: { en: "True", "pt-BR": "Verdadeiro" } },
    { key: "mostly-true", color: "#65a30d", labels: { en: "Mostly true", "pt-BR": "Verdadeiro, mas" } },
    { key: "misleading", color: "#ca8a04", labels: { en: "Misleading", "pt-BR": "Enganoso" } },
    { key: "mostly-false", color: "#ea580c", labels: { en: "Mostly false", "pt-BR": "Quase falso" } },
    { key: "false", color: "#b91c1c", labels: { en: "False", "pt-BR": "Falso" } },
    { key: "unverifiable", color: "#6b7280", offScale: true, labels: { en: "Unverifiable", "pt-BR": "Insustentável" } },
  ],
};

/** A PolitiFact-like six-step truth scale (Truth-O-Meter shape; names are generic descriptions). */
export const politifactLikeScale: ScalePreset = {
  key: "politifact-like",
  name: "Six-step truth meter (PolitiFact-like)",
  ratings: [
    { key: "true", color: "#15803d", labels: { en: "True", "pt-BR": "Verdadeiro" } },
    { key: "mostly-true", color: "#4d7c0f", labels: { en: "Mostly true", "pt-BR": "Quase verdadeiro" } },
    { key: "half-true", color: "#a16207", labels: { en: "Half true", "pt-BR": "Meio verdadeiro" } },
    { key: "mostly-false", color: "#c2410c", labels: { en: "Mostly false", "pt-BR": "Quase falso" } },
    { key: "false", color: "#b91c1c", labels: { en: "False", "pt-BR": "Falso" } },
    { key: "pants-on-fire", color: "#7f1d1d", labels: { en: "Pants on fire", "pt-BR": "Mentira descarada" } },
  ],
};

/** A Lupa-like Portuguese scale (Agência Lupa's labels, as Brazilian desks know them). */
export const lupaLikeScale: ScalePreset = {
  key: "lupa-like",
  name: "Lupa-like (Portuguese)",
  ratings: [
    { key: "verdadeiro", color: "#15803d", labels: { en: "True", "pt-BR": "Verdadeiro" } },
    { key: "verdadeiro-mas", color: "#4d7c0f", labels: { en: "True, but", "pt-BR": "Verdadeiro, mas" } },
    { key: "exagerado", color: "#a16207", labels: { en: "Exaggerated", "pt-BR": "Exagerado" } },
    { key: "subestimado", color: "#0e7490", labels: { en: "Underestimated", "pt-BR": "Subestimado" } },
    { key: "contraditorio", color: "#7c3aed", labels: { en: "Contradictory", "pt-BR": "Contraditório" } },
    { key: "falso", color: "#b91c1c", labels: { en: "False", "pt-BR": "Falso" } },
    { key: "insustentavel", color: "#6b7280", offScale: true, labels: { en: "Unsustainable", "pt-BR": "Insustentável" } },
    { key: "ainda-e-cedo", color: "#475569", offScale: true, labels: { en: "Too early to tell", "pt-BR": "Ainda é cedo para dizer" } },
    { key: "de-olho", color: "#334155", offScale: true, labels: { en: "Keeping an eye on it", "pt-BR": "De olho" } },
  ],
};

/** An Aos Fatos-like Portuguese scale. */
export const aosFatosLikeScale: ScalePreset = {
  key: "aos-fatos-like",
  name: "Aos Fatos-like (Portuguese)",
  ratings: [
    { key: "verdadeiro", color: "#15803d", labels: { en: "True", "pt-BR": "Verdadeiro" } },
    { key: "impreciso", color: "#4d7c0f", labels: { en: "Imprecise", "pt-BR": "Impreciso" } },
    { key: "exagerado", color: "#a16207", labels: { en: "Exaggerated", "pt-BR": "Exagerado" } },
    { key: "distorcido", color: "#c2410c", labels: { en: "Distorted", "pt-BR": "Distorcido" } },
    { key: "contraditorio", color: "#7c3aed", labels: { en: "Contradictory", "pt-BR": "Contraditório" } },
    { key: "falso", color: "#b91c1c", labels: { en: "False", "pt-BR": "Falso" } },
    { key: "insustentavel", color: "#6b7280", offScale: true, labels: { en: "Unsustainable", "pt-BR": "Insustentável" } },
  ],
};

/** Every preset the seed makes sure exists (the default first). */
export const scalePresets: readonly ScalePreset[] = [defaultScale, politifactLikeScale, lupaLikeScale, aosFatosLikeScale];
