import "server-only";
import { db } from "@/lib/db/client";

export async function articleExists(id: string): Promise<boolean> {
  return (await db.article.count({ where: { id } })) > 0;
}
