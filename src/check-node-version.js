// Stops with one sentence on a Node.js older than the project needs, before anything that needs a newer one is loaded.
// Plain JavaScript with nothing newer than an ES module itself, so that any Node.js that can read it gets the sentence.
export const NEEDED_NODE_MAJOR = 24

const found = process.versions.node
if (Number(found.split('.')[0]) < NEEDED_NODE_MAJOR) {
  process.stderr.write('rest-api-blueprint needs Node.js ' + NEEDED_NODE_MAJOR + ' or newer; this is Node.js ' + found + '.\n')
  process.exit(1)
}
