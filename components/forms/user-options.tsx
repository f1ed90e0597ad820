/** The options of a "who" select: nobody, then each person by name. */
export function UserOptions({ users, nobody }: { users: { id: string; name: string }[]; nobody: string }) {
  return (
    <>
      <option value="">{nobody}</option>
      {users.map((u) => (
        <option key={u.id} value={u.id}>
          {u.name}
        </option>
      ))}
    </>
  );
}
