import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Each module keeps its own `import.meta.url` (its source file's), so what the code finds beside
 * itself (the import worker's bootstrap, the renderer build) is found as when it runs from source.
 */
const sourceUrls: Plugin = {
  name: 'source-import-meta-url',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = await fs.promises.readFile(args.path, 'utf8');
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};

/**
 * The `csm` command bundled into one ES module in `dir`, for tests that start it many times:
 * bin/csm.js compiles the TypeScript through tsx on every start (seconds on a busy machine),
 * the bundle starts in a fraction of that and runs the same code. Packages stay external and
 * resolve through a node_modules link beside the bundle. Returns the file to run with node.
 */
export async function bundleCli(dir: string): Promise<string> {
  const outfile = path.join(dir, 'csm.mjs');
  await build({
    stdin: {
      contents: "import { main } from './electron/backend/cli/main';\nprocess.exitCode = await main(process.argv.slice(2));\n",
      resolveDir: REPO_ROOT,
      sourcefile: 'csm-entry.ts',
      loader: 'ts',
    },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    plugins: [sourceUrls],
    logLevel: 'warning',
  });
  const link = path.join(dir, 'node_modules');
  if (!fs.existsSync(link)) fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), link, 'dir');
  return outfile;
}
