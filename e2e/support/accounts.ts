/** The accounts the e2e database is seeded with (demo accounts + an admin with a known password). */
export const E2E_ADMIN = { email: "admin@claimdesk.local", password: "e2e-admin-password" };
export const DEMO_PASSWORD = "claimdesk-demo";

export const accounts = {
  admin: { email: E2E_ADMIN.email, password: E2E_ADMIN.password, name: "Administrator" },
  reviewer: { email: "reviewer@claimdesk.local", password: DEMO_PASSWORD, name: "Ana Reviewer" },
  reviewer2: { email: "reviewer2@claimdesk.local", password: DEMO_PASSWORD, name: "Bruno Reviewer" },
  editor: { email: "editor@claimdesk.local", password: DEMO_PASSWORD, name: "Carla Editor" },
  editor2: { email: "editor2@claimdesk.local", password: DEMO_PASSWORD, name: "Diego Editor" },
} as const;

export type AccountName = keyof typeof accounts;
