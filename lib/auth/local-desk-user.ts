/** The account every desk action is attributed to until sign-in lands (issue: accounts). */
export const LOCAL_DESK_USER = { email: "desk@claimdesk.local", name: "Desk reviewer", role: "editor" } as const;
