// Preloaded with `node --require` by test/e2e/isolation.test.ts. It records what the process
// opens and refuses any network use, child process or worker, then writes the record to
// $GUARD_LOG on exit.
const fs = require('node:fs');
const net = require('node:net');
const tls = require('node:tls');
const dns = require('node:dns');
const http = require('node:http');
const https = require('node:https');
const childProcess = require('node:child_process');

const log = { opened: [], network: [], spawned: [] };
const { fileURLToPath } = require('node:url');
const record = (list, what) => {
  const text = String(what);
  log[list].push(text.startsWith('file:') ? fileURLToPath(text) : text);
};
const refuse = (list, name) =>
  function refused(...args) {
    record(list, `${name} ${JSON.stringify(args[0])?.slice(0, 120)}`);
    throw new Error(`guard: ${name} is not allowed`);
  };

net.Socket.prototype.connect = refuse('network', 'net.Socket.connect');
net.connect = net.createConnection = refuse('network', 'net.connect');
tls.connect = refuse('network', 'tls.connect');
for (const fn of ['lookup', 'resolve', 'resolve4', 'resolve6']) dns[fn] = refuse('network', `dns.${fn}`);
dns.promises.lookup = refuse('network', 'dns.promises.lookup');
http.request = http.get = refuse('network', 'http.request');
https.request = https.get = refuse('network', 'https.request');
globalThis.fetch = refuse('network', 'fetch');
for (const fn of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'])
  childProcess[fn] = refuse('spawned', `child_process.${fn}`);

for (const fn of ['openSync', 'readFileSync', 'statSync', 'existsSync']) {
  const original = fs[fn];
  fs[fn] = function (path, ...rest) {
    if (typeof path === 'string' || path instanceof URL) record('opened', path);
    return original.call(this, path, ...rest);
  };
}
for (const fn of ['open', 'readFile', 'stat']) {
  const original = fs.promises[fn];
  fs.promises[fn] = function (path, ...rest) {
    if (typeof path === 'string' || path instanceof URL) record('opened', path);
    return original.call(this, path, ...rest);
  };
}

process.on('exit', () => {
  if (process.env.GUARD_LOG) fs.writeFileSync(process.env.GUARD_LOG, JSON.stringify(log));
});
require('node:module').syncBuiltinESMExports();
