// Local Cosmos DB (NoSQL API) server for tests and the local runner.
// Usage: node server.mjs [--port <port>] [--ignore-stdin]
// Port 0 (the default) lets the system choose. Prints one JSON line once listening, then nothing.
// Exits on SIGTERM, SIGINT or when standard input closes, so a parent that dies leaves no server behind;
// --ignore-stdin turns the last off for a shell that starts it with no input.
import cosmosServer from "@vercel/cosmosdb-server";
import { createFront } from "./front.mjs";
import { installPartitionScope } from "./partition-scope.mjs";
import { createLoopbackCertificate } from "./self-signed-certificate.mjs";

const HOST = "127.0.0.1";

function parseArguments(argv) {
  const options = { port: 0, watchStdin: true };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === "--port") options.port = Number.parseInt(argv[++i], 10);
    else if (argv[i] === "--ignore-stdin") options.watchStdin = false;
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new Error("--port takes a number from 0 to 65535");
  }
  return options;
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, HOST, () => resolve(server.address().port));
  });
}

const options = parseArguments(process.argv.slice(2));

installPartitionScope();

// Plain HTTP inside the process: TLS is paid once, at the front.
const inner = cosmosServer.createHttpServer({ keepAlive: true });
inner.keepAliveTimeout = 5 * 60 * 1000;
const innerPort = await listen(inner, 0);

const front = createFront({ innerPort, certificate: createLoopbackCertificate() });
const port = await listen(front, options.port);

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  front.closeAllConnections();
  inner.closeAllConnections();
  front.close();
  inner.close();
  process.exit(0);
}

process.on("SIGTERM", stop);
process.on("SIGINT", stop);
if (options.watchStdin) {
  process.stdin.on("end", stop);
  process.stdin.on("close", stop);
  process.stdin.on("error", stop);
  process.stdin.resume();
}

process.stdout.write(`${JSON.stringify({ event: "listening", endpoint: `https://${HOST}:${port}/` })}\n`);
