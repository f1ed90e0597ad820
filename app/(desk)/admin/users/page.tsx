import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CreateUserForm } from "@/components/forms/create-user-form";
import { UserRoleForm } from "@/components/forms/user-role-form";
import { getActor } from "@/lib/auth/actor";
import { roleCan } from "@/lib/auth/permissions";
import { listUsers } from "@/lib/users/queries";
import { createUserAction, updateUserAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await getActor();
  if (!actor || !roleCan(actor.role, "user:manage")) notFound();
  const users = await listUsers();
  return (
    <>
      <h1>Users</h1>
      <table className="article-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role and access</th>
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
      <h2>Add a person</h2>
      <CreateUserForm action={createUserAction} />
    </>
  );
}
