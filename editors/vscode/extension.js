// The canevas extension for VS Code: it starts `canevas server` for YAML
// files and lets vscode-languageclient speak the protocol. Everything else
// (findings, hover, completion, quick fixes) comes from the server.
'use strict';

const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

async function activate(context) {
  const settings = vscode.workspace.getConfiguration('canevas');
  const command = settings.get('path') || 'canevas';
  const lang = settings.get('lang');
  const args = lang ? ['--lang', lang, 'server'] : ['server'];
  const serverOptions = {
    run: { command, args },
    debug: { command, args },
  };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'untitled', language: 'yaml' },
    ],
    // The server reads canevas.toml again, and the plan's other proposals, when they change.
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{canevas.toml,*.yaml,*.yml}'),
    },
  };
  client = new LanguageClient('canevas', 'canevas', serverOptions, clientOptions);
  context.subscriptions.push(client);
  try {
    await client.start();
  } catch (err) {
    vscode.window.showErrorMessage(
      `canevas server could not start (${command}): ${err.message}. ` +
        'Install canevas or set "canevas.path" in the settings.'
    );
  }
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
