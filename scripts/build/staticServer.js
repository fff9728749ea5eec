// A small static file server for dist/ on the loopback interface: `npm start` uses it where no Excel exists, and
// the browser tests use it to serve the built pane. Only GET and HEAD; paths outside the root are rejected.

"use strict";

const fs = require("fs");
const http = require("http");
const path = require("path");

const LOOPBACK = "127.0.0.1";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
};

function send(response, status, body, headers = {}) {
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...headers });
  response.end(body);
}

/** Maps a request path to a file under `root`, or null when it would leave `root`. `/` is taskpane.html. */
function fileFor(root, requestUrl) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, "http://localhost").pathname);
  } catch {
    return null;
  }
  if (pathname === "/") pathname = "/taskpane.html";
  const file = path.resolve(root, `.${pathname}`);
  return file.startsWith(root + path.sep) ? file : null;
}

/**
 * Serves the files of `root` on 127.0.0.1 at `port` (0 picks a free port).
 * Resolves with the server, its base URL (ending in `/`) and a close function; rejects when listening fails,
 * e.g. with code EADDRINUSE.
 */
function startStaticServer(root, port = 0) {
  const absoluteRoot = path.resolve(root);

  const server = http.createServer((request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      send(response, 405, "method not allowed", { Allow: "GET, HEAD" });
      return;
    }
    const file = fileFor(absoluteRoot, request.url ?? "/");
    if (!file) {
      send(response, 400, "bad path");
      return;
    }
    fs.readFile(file, (error, content) => {
      if (error && (error.code === "ENOENT" || error.code === "EISDIR")) {
        send(response, 404, "not found");
        return;
      }
      if (error) {
        console.error(`static server: reading ${file} failed`, error);
        send(response, 500, "read failed");
        return;
      }
      const type = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
      response.writeHead(200, { "Content-Type": type, "Content-Length": content.length, "Cache-Control": "no-store" });
      response.end(request.method === "HEAD" ? undefined : content);
    });
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, LOOPBACK, () => {
      server.off("error", reject);
      const { port: actualPort } = server.address();
      resolve({
        server,
        url: `http://${LOOPBACK}:${actualPort}/`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            // A browser keeps idle connections open, which would hold close() back.
            server.closeAllConnections();
          }),
      });
    });
  });
}

module.exports = { startStaticServer };
