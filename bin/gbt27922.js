#!/usr/bin/env node
// The executable: checks the Node.js version in syntax every version can parse, then hands over.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(`gbt27922 needs Node.js 20.19 or newer; this is ${process.version}.\ngbt27922 需要 Node.js 20.19 或更高版本,当前为 ${process.version}。\n`);
  process.exit(2);
}
import('../dist/cli/main.js').then(
  async ({ main }) => {
    process.exitCode = await main(process.argv);
  },
  (cause) => {
    process.stderr.write(`gbt27922: cannot start (${cause && cause.message}). Was the package built (npm run build)?\n`);
    process.exit(3);
  },
);
