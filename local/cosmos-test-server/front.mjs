// The HTTPS front the Cosmos SDK talks to: it forwards to the in-memory server and mends the answers
// where that server departs from the real service.
import http from "node:http";
import https from "node:https";
import { randomUUID } from "node:crypto";
import { PARTITION_SCOPE, partitionScopeOf } from "./partition-scope.mjs";
import { isQueryPlanRequest, passthroughQueryPlan } from "./query-plan.mjs";

const DOCUMENT_PATH = /^\/*dbs\/[^/]+\/colls\/[^/]+\/docs\/[^/?]+\/?(\?.*)?$/;
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade"]);
const NOT_FOUND = { code: "NotFound", message: "Entity with the specified id does not exist in the system." };

// Without keep-alive every SDK request pays a new connection; the SDK pools connections for a minute.
const IDLE_CONNECTION_MS = 5 * 60 * 1000;

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    "content-type": "application/json",
    "x-ms-activity-id": randomUUID(),
    "x-ms-request-charge": "1",
    ...headers
  });
  res.end(JSON.stringify(body));
}

function fail(res, error) {
  if (res.headersSent) res.destroy(error);
  else send(res, 503, { code: "ServiceUnavailable", message: error.message });
}

function readAll(stream) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on("data", chunk => chunks.push(chunk));
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}

function endToEndHeaders(headers) {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));
}

function parseJson(buffer) {
  try {
    return JSON.parse(buffer.toString("utf8"));
  } catch {
    return null;
  }
}

function isQuery(req) {
  return req.method === "POST" && (String(req.headers["x-ms-documentdb-isquery"]).toLowerCase() === "true"
    || String(req.headers["content-type"]).startsWith("application/query+json"));
}

function scopeToPartition(req, requestBody) {
  const scope = isQuery(req) ? partitionScopeOf(req) : null;
  const query = scope ? parseJson(requestBody) : null;
  if (!query) return { headers: req.headers, body: requestBody };
  const body = Buffer.from(JSON.stringify({ ...query, [PARTITION_SCOPE]: scope }));
  // The server refuses a query without the key in its WHERE unless it may cross partitions; scope holds it.
  const headers = {
    ...req.headers,
    "x-ms-documentdb-query-enablecrosspartition": "True",
    "content-length": String(body.length)
  };
  return { headers, body };
}

function mend(req, upstream, body, publicEndpoint) {
  const isDocumentRead = req.method === "GET" && DOCUMENT_PATH.test(req.url);
  // The server throws on a read of a missing document (500) where the service answers 404.
  if (isDocumentRead && upstream.statusCode === 500) return { status: 404, body: NOT_FOUND };
  // Some 404s carry an empty body; the SDK reports the code it finds there.
  if (upstream.statusCode === 404 && !body?.code) return { status: 404, body: NOT_FOUND };
  // The account names the inner port as its location; a client that follows locations must come back here.
  if (req.method === "GET" && (req.url === "/" || req.url === "")) {
    const location = { name: "South Central US", databaseAccountEndpoint: publicEndpoint() };
    return { status: 200, body: { ...body, writableLocations: [location], readableLocations: [location] } };
  }
  return null;
}

function needsMending(req, upstream) {
  return upstream.statusCode >= 400 || (req.method === "GET" && (req.url === "/" || req.url === ""));
}

function forward(req, res, requestBody, agent, innerPort, publicEndpoint) {
  const request = scopeToPartition(req, requestBody);
  const target = { host: "127.0.0.1", port: innerPort, method: req.method, path: req.url, agent };
  const upstreamRequest = http.request(
    { ...target, headers: endToEndHeaders(request.headers) },
    upstream => {
      const headers = endToEndHeaders(upstream.headers);
      if (!needsMending(req, upstream)) {
        res.writeHead(upstream.statusCode, headers);
        upstream.pipe(res);
        return;
      }
      readAll(upstream).then(raw => {
        const mended = mend(req, upstream, parseJson(raw), publicEndpoint);
        if (!mended) {
          res.writeHead(upstream.statusCode, { ...headers, "content-length": raw.length });
          res.end(raw);
          return;
        }
        delete headers["content-length"];
        send(res, mended.status, mended.body, headers);
      }, error => fail(res, error));
    });
  upstreamRequest.on("error", error => fail(res, error));
  upstreamRequest.end(request.body);
}

/** Starts the front on host:port, forwarding to the in-memory server listening on innerPort. */
export function createFront({ innerPort, certificate }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const publicEndpoint = () => `https://127.0.0.1:${server.address().port}/`;
  const server = https.createServer({ ...certificate, keepAlive: true }, (req, res) => {
    readAll(req).then(requestBody => {
      if (isQueryPlanRequest(req)) send(res, 200, passthroughQueryPlan());
      else forward(req, res, requestBody, agent, innerPort, publicEndpoint);
    }, error => fail(res, error));
  });
  server.keepAliveTimeout = IDLE_CONNECTION_MS;
  server.headersTimeout = IDLE_CONNECTION_MS + 1000;
  server.on("close", () => agent.destroy());
  return server;
}
