// `npm test`: the extension's wiring, without VS Code (which cannot run
// here): with stubs of the `vscode` API and of vscode-languageclient, check
// that activating it starts `canevas server` for YAML files, with --lang when
// the setting asks for it.
'use strict';

const assert = require('assert');
const Module = require('module');

function activateWith(settings) {
  let started = null;
  const load = Module._load;
  Module._load = function (request, ...rest) {
    if (request === 'vscode') {
      return {
        workspace: {
          getConfiguration: () => ({ get: (key) => settings[key] }),
          createFileSystemWatcher: (glob) => ({ glob }),
        },
        window: { showErrorMessage: (message) => assert.fail(message) },
      };
    }
    if (request === 'vscode-languageclient/node') {
      return {
        LanguageClient: class {
          constructor(id, name, server, client) {
            started = { id, server, client };
          }
          start() { return Promise.resolve(); }
          stop() { return Promise.resolve(); }
        },
      };
    }
    return load.call(this, request, ...rest);
  };
  delete require.cache[require.resolve('../extension.js')];
  const extension = require('../extension.js');
  Module._load = load;
  return extension.activate({ subscriptions: [] }).then(() => started);
}

(async () => {
  const plain = await activateWith({});
  assert.deepStrictEqual(plain.server.run, { command: 'canevas', args: ['server'] });
  assert.deepStrictEqual(plain.client.documentSelector[0], { scheme: 'file', language: 'yaml' });
  assert.strictEqual(plain.client.synchronize.fileEvents.glob, '**/{canevas.toml,*.yaml,*.yml}');
  const french = await activateWith({ path: '/opt/canevas', lang: 'fr' });
  assert.deepStrictEqual(french.server.run, { command: '/opt/canevas', args: ['--lang', 'fr', 'server'] });
  console.log('extension wiring: ok');
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
