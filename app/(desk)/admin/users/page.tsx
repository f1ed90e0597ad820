import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CreateUserForm } from "@/components/forms/create-user-form";
import { UserRoleForm } from "@/components/forms/user-role-form";
import { getActor } from "@/lib/auth/actor";
import { roleCan } from "@/lib/auth/permissions";
import { listUsers } from "@/lib/users/queries";
import { createUserAction, updateUserAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage() {
  const actor = await getActor();
  if (!actor || !roleCan(actor.role, "user:manage")) notFound();
  const users = await listUsers();
  const t = await getTranslations("users");
  return (
    <>
      <h1>{t("title")}</h1>
      <table className="article-table">
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("email")}</th>
            <th scope="col">{t("roleAndAccess")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>
                <UserRoleForm user={u} action={updateUserAction} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("add")}</h2>
      <CreateUserForm action={createUserAction} />
    </>
  );
}
