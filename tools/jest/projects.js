// Lists the Jest config of every project whose given target runs Jest (a project with integration tests alone has a
// `test` target that only runs its `int-test`), from the Nx project graph, so the root configs run all projects in
// one Jest process (one broker for the whole integration run).
const { createProjectGraphAsync } = require('@nx/devkit');

const CONFIG_OF_TARGET = { test: 'jest.config.js', 'int-test': 'jest.int.config.js' };

async function jestConfigsOf(target) {
  const graph = await createProjectGraphAsync({ exitOnError: true });
  return Object.values(graph.nodes)
    .filter((node) => node.data.targets?.[target] && node.data.targets[target].executor !== 'nx:noop')
    .map((node) => `<rootDir>/${node.data.root}/${CONFIG_OF_TARGET[target]}`)
    .sort();
}

module.exports = { jestConfigsOf };
