import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is no article or claim at this address.</p>
      <p>
        <Link href="/">Back to articles</Link>
      </p>
    </>
  );
}
