// Lists the Jest config of every project that has the given target, from the Nx project graph,
// so the root configs run all projects in one Jest process (one broker for the whole integration run).
const { createProjectGraphAsync } = require('@nx/devkit');

async function jestConfigsOf(target) {
  const graph = await createProjectGraphAsync({ exitOnError: true });
  return Object.values(graph.nodes)
    .map((node) => node.data.targets?.[target]?.options?.jestConfig)
    .filter(Boolean)
    .map((config) => `<rootDir>/${config}`)
    .sort();
}

module.exports = { jestConfigsOf };
