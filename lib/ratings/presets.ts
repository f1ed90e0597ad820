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
