// Starts the reference Bluesky server (@atproto/dev-env: an in-memory PLC directory and a PDS on SQLite) bound to
// 127.0.0.1 only, creates the account alice.test and an app password, writes {service, did, handle, appPassword}
// as JSON to the file named by the first argument, and stops cleanly on SIGTERM or SIGINT. With SITE_DIR and
// SITE_PORT, also serves that folder's files over HTTP (the web page a post links to, for its link card).
// Usage (from the folder holding node_modules/@atproto/dev-env):
//   node pds-start.mjs OUT.json PDS_PORT PLC_PORT [SITE_DIR SITE_PORT]
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';

// The PDS listens on all interfaces by default: every server this process opens listens on loopback only.
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const first = args[0];
  if (first !== null && typeof first === 'object' && !Array.isArray(first) && first.path === undefined) {
    args[0] = { ...first, host: '127.0.0.1' };
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    if (typeof args[1] === 'string') {
      args[1] = '127.0.0.1';
    } else {
      args.splice(1, 0, '127.0.0.1');
    }
  }
  return listen.apply(this, args);
};

const [out, pdsPort, plcPort, siteDir, sitePort] = process.argv.slice(2);
let site;
if (siteDir) {
  const types = { '.html': 'text/html; charset=utf-8', '.png': 'image/png', '.jpg': 'image/jpeg' };
  site = http.createServer((req, res) => {
    const file = path.join(path.resolve(siteDir), path.normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!file.startsWith(path.resolve(siteDir) + path.sep) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  await new Promise((resolve) => site.listen(Number(sitePort), resolve));
}
const { TestNetworkNoAppView } = await import('@atproto/dev-env');
const network = await TestNetworkNoAppView.create({
  pds: { port: Number(pdsPort), hostname: 'localhost' },
  plc: { port: Number(plcPort) },
});
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  site?.close();
  await network.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

const agent = network.pds.getAgent();
await agent.createAccount({ email: 'alice@example.test', handle: 'alice.test', password: 'alice-account-password' });
const app = await agent.com.atproto.server.createAppPassword({ name: 'edito-ci' });
const account = { service: `http://127.0.0.1:${pdsPort}`, did: agent.session.did, handle: 'alice.test',
  appPassword: app.data.password };
fs.writeFileSync(out + '.tmp', JSON.stringify(account));
fs.renameSync(out + '.tmp', out);
console.log(`pds ready on 127.0.0.1:${pdsPort} (plc ${plcPort}), account ${account.did}`);
