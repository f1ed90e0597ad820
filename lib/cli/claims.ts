/**
 * `npm run claims -- extract <file> [--lang pt|en] [--format json|table]`
 * `npm run claims -- import <file> [--title ...] [--lang ...] [--url ...] [--publisher ...] [--published-at ...]`
 */
import { runExtract } from "./claims-extract";
import { runImport } from "./claims-import";

const usage = `usage:
  npm run --silent claims -- extract <file> [--lang pt|en] [--format json|table] [--threshold 0..1]
  npm run claims -- import <file> [--title TITLE] [--lang pt|en] [--url URL] [--publisher NAME] [--published-at YYYY-MM-DD] [--as EMAIL]`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "extract") return runExtract(rest);
  if (command === "import") return runImport(rest);
  console.error(command ? `unknown command "${command}"\n${usage}` : usage);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("claims:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
